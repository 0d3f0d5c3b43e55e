// The segment editor: condition rows are added and removed here, each row offers the operators of its kind,
// and every change asks the server for the live count (htmx listens for "segment-changed").
(() => {
    const form = document.getElementById("segment-form");
    if (!form) {
        return;
    }
    const rows = document.getElementById("conditions");
    const template = document.getElementById("condition-template");
    const noValue = new Set(["is_set", "not_set", "granted", "revoked", "unknown"]);
    const lists = {tag: "list-tag", identity: "list-identity", property: "list-property", consent: "list-consent"};
    const changed = () => document.body.dispatchEvent(new Event("segment-changed"));

    function fit(row, keepOperator) {
        const kind = row.querySelector(".c-kind");
        const operator = row.querySelector(".c-operator");
        const field = row.querySelector(".c-field");
        const value = row.querySelector(".c-value");
        let first = null;
        for (const option of operator.options) {
            const mine = option.dataset.kind === kind.value;
            option.hidden = !mine;
            option.disabled = !mine;
            if (mine && first === null) {
                first = option;
            }
        }
        const selected = operator.selectedOptions[0];
        if (!keepOperator || !selected || selected.dataset.kind !== kind.value) {
            first.selected = true;
        }
        const needsField = kind.selectedOptions[0].dataset.field === "true";
        field.hidden = !needsField;
        if (!needsField) {
            field.value = "";
        }
        field.setAttribute("list", lists[kind.value] || "");
        value.setAttribute("list", kind.value === "tag" || kind.value === "identity" ? lists[kind.value] : "");
        value.hidden = noValue.has(operator.value);
    }

    form.addEventListener("change", (event) => {
        const row = event.target.closest(".condition");
        if (row && event.target.classList.contains("c-kind")) {
            fit(row, false);
            changed();
        } else if (row && event.target.classList.contains("c-operator")) {
            fit(row, true);
        }
    });
    form.addEventListener("click", (event) => {
        if (event.target.classList.contains("c-remove")) {
            event.target.closest(".condition").remove();
            changed();
        }
    });
    document.getElementById("add-condition").addEventListener("click", () => {
        const row = template.content.firstElementChild.cloneNode(true);
        rows.appendChild(row);
        fit(row, false);
        row.querySelector(".c-kind").focus();
        changed();
    });
    rows.querySelectorAll(".condition").forEach((row) => fit(row, true));
})();

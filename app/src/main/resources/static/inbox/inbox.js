// Live inbox: one EventSource per page; events carry only ids, so the page refetches its fragments.
(() => {
    const root = document.querySelector("main.inbox");
    if (!root) return;
    const me = root.dataset.me;
    const csrf = () => {
        const token = document.querySelector('meta[name="csrf-token"]');
        const header = document.querySelector('meta[name="csrf-header"]');
        return token && header ? { [header.content]: token.content } : {};
    };
    const current = () => {
        const thread = document.getElementById("thread");
        return thread ? thread.dataset.conversation : undefined;
    };
    const refreshList = () => {
        const list = document.getElementById("conversation-list");
        const query = list ? list.dataset.query : "";
        const selected = current() ? "&c=" + current() : "";
        htmx.ajax("GET", "/inbox/list?" + query + selected, { target: "#conversation-list", swap: "outerHTML" });
    };
    const refreshThread = () => {
        // Keep what the agent is typing: the composer is re-rendered with the thread.
        const text = document.getElementById("composer-text");
        const draft = text ? text.value : "";
        htmx.ajax("GET", "/inbox/conversations/" + current(), { target: "#thread", swap: "outerHTML" })
            .then(() => {
                const again = document.getElementById("composer-text");
                if (again && draft) again.value = draft;
                scrollDown();
            });
    };
    const scrollDown = () => {
        const body = document.querySelector(".thread-body");
        if (body) body.scrollTop = body.scrollHeight;
    };
    let typingTimer;
    const events = new EventSource("/inbox/events");
    events.addEventListener("conversation", (e) => {
        const data = JSON.parse(e.data);
        refreshList();
        if (data.id === current()) refreshThread();
    });
    events.addEventListener("typing", (e) => {
        const data = JSON.parse(e.data);
        const hint = document.querySelector(".typing");
        if (data.id !== current() || data.user === me || !hint) return;
        hint.hidden = false;
        clearTimeout(typingTimer);
        typingTimer = setTimeout(() => { hint.hidden = true; }, 4000);
    });
    events.addEventListener("mention", () => refreshList());
    events.addEventListener("ready", () => { root.dataset.live = "connected"; });

    let lastTyping = 0;
    document.addEventListener("input", (e) => {
        if (e.target.id !== "composer-text" || !current()) return;
        suggest(e.target);
        if (Date.now() - lastTyping > 3000) {
            lastTyping = Date.now();
            fetch("/inbox/conversations/" + current() + "/typing", { method: "POST", headers: csrf() });
        }
    });

    // Canned replies: "/short" lists matching replies; a click inserts one with its variables filled.
    const suggest = (text) => {
        const box = text.form.querySelector(".canned-suggestions");
        box.replaceChildren();
        const value = text.value;
        if (!value.startsWith("/")) { box.hidden = true; return; }
        const typed = value.slice(1).toLowerCase();
        document.querySelectorAll("#canned-replies li").forEach((reply) => {
            if (!reply.dataset.shortcut.startsWith(typed)) return;
            const item = document.createElement("li");
            item.textContent = "/" + reply.dataset.shortcut + " — " + reply.dataset.body;
            item.addEventListener("click", () => {
                text.value = fill(reply.dataset.body, text.form.dataset.contactName);
                box.hidden = true;
                text.focus();
            });
            box.appendChild(item);
        });
        box.hidden = box.children.length === 0;
    };
    const fill = (body, contactName) => body
        .replace(/\{\{\s*contact\.name\s*}}/g, contactName || "")
        .replace(/\{\{\s*agent\.name\s*}}/g, (document.querySelector("[data-testid=me]") || {}).textContent || "");

    document.addEventListener("htmx:afterSwap", scrollDown);
    scrollDown();
})();

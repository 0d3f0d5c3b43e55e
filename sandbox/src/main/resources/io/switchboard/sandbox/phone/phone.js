// The simulated customer's phone. Plain DOM and textContent only: message text never becomes HTML.
(function () {
    "use strict";
    const $ = (id) => document.getElementById(id);
    const control = "/sandbox/control";
    let lastRendered = "";

    function el(tag, className, text) {
        const node = document.createElement(tag);
        if (className) node.className = className;
        if (text !== undefined && text !== null) node.textContent = String(text);
        return node;
    }

    function showError(message) {
        $("error").textContent = message;
        $("error").hidden = !message;
    }

    async function call(method, path, body) {
        const response = await fetch(path, {
            method,
            headers: body ? { "Content-Type": "application/json" } : {},
            body: body ? JSON.stringify(body) : undefined,
        });
        const json = await response.json().catch(() => ({}));
        if (!response.ok) throw new Error(json.detail || json.title || response.statusText);
        return json;
    }

    function customer() {
        return $("waId").value.replace(/[^0-9]/g, "");
    }

    async function loadNumbers() {
        const numbers = await call("GET", control + "/numbers");
        const select = $("number");
        select.replaceChildren();
        for (const n of numbers) {
            const option = el("option", null, n.verified_name + " (" + n.display_phone_number + ")");
            option.value = n.phone_number_id;
            select.append(option);
        }
    }

    async function sendInbound(message) {
        showError("");
        try {
            await call("POST", control + "/inbound", {
                from: customer(), phone_number_id: $("number").value, profile_name: $("name").value, message,
            });
            await refresh();
        } catch (e) {
            showError(e.message);
        }
    }

    function choice(label, onClick) {
        const button = el("button", null, label);
        button.type = "button";
        button.addEventListener("click", onClick);
        return button;
    }

    function renderInteractive(box, m) {
        const i = m.body.interactive || {};
        if (i.header && i.header.type === "text") box.append(el("div", "header", i.header.text));
        else if (i.header && i.header.type) box.append(el("div", "header", "[" + i.header.type + "]"));
        if (i.body) box.append(el("div", null, i.body.text));
        if (i.footer) box.append(el("div", "footer", i.footer.text));
        const choices = el("div", "choices");
        const action = i.action || {};
        if (i.type === "button") {
            for (const b of action.buttons || []) {
                choices.append(choice(b.reply.title, () => sendInbound({
                    type: "interactive", context: { id: m.id },
                    interactive: { type: "button_reply", button_reply: { id: b.reply.id, title: b.reply.title } },
                })));
            }
        } else if (i.type === "list") {
            choices.append(el("div", "section", "☰ " + action.button));
            for (const section of action.sections || []) {
                if (section.title) choices.append(el("div", "section", section.title));
                for (const row of section.rows || []) {
                    choices.append(choice(row.title + (row.description ? " — " + row.description : ""), () => sendInbound({
                        type: "interactive", context: { id: m.id },
                        interactive: { type: "list_reply", list_reply: { id: row.id, title: row.title, description: row.description } },
                    })));
                }
            }
        } else if (i.type === "cta_url" && action.parameters) {
            const link = el("a", null, action.parameters.display_text);
            link.href = action.parameters.url;
            link.rel = "noopener noreferrer";
            link.target = "_blank";
            choices.append(link);
        } else if (i.type === "location_request_message") {
            choices.append(choice("📍 Send location", shareLocation));
        } else if (i.type) {
            choices.append(el("div", "section", "[" + i.type + "]"));
        }
        box.append(choices);
    }

    function renderTemplate(box, m) {
        const r = m.rendered || {};
        if (r.header && r.header.text) box.append(el("div", "header", r.header.text));
        else if (r.header && r.header.format) box.append(el("div", "header", "[" + r.header.format.toLowerCase() + "]"));
        box.append(el("div", null, r.body));
        if (r.footer) box.append(el("div", "footer", r.footer));
        const choices = el("div", "choices");
        for (const b of r.buttons || []) {
            if (b.type === "quick_reply") {
                choices.append(choice(b.text, () => sendInbound({
                    type: "button", context: { id: m.id }, button: { payload: b.payload, text: b.text },
                })));
            } else if (b.type === "url") {
                const link = el("a", null, b.text);
                link.href = b.url;
                link.rel = "noopener noreferrer";
                link.target = "_blank";
                choices.append(link);
            } else {
                choices.append(el("div", "section", b.text));
            }
        }
        box.append(choices);
    }

    function renderBody(box, m) {
        const b = m.body;
        const media = b[m.type] || {};
        switch (m.type) {
            case "text": box.append(el("div", null, b.text.body)); break;
            case "template": renderTemplate(box, m); break;
            case "interactive": renderInteractive(box, m); break;
            case "location": box.append(el("div", null, "📍 " + [media.name, media.address, media.latitude + ", " + media.longitude].filter(Boolean).join("\n"))); break;
            case "reaction": box.append(el("div", null, "reacted " + (b.reaction.emoji || "(removed)"))); break;
            case "contacts": box.append(el("div", null, "👤 " + (b.contacts || []).map((c) => c.name && c.name.formatted_name).join(", "))); break;
            case "button": box.append(el("div", null, b.button.text)); break;
            case "image": case "video": case "audio": case "document": case "sticker":
                box.append(el("div", null, "[" + m.type + "] " + (media.caption || media.filename || media.link || "")));
                break;
            default: box.append(el("div", null, "[" + m.type + "]"));
        }
    }

    const ticks = { accepted: "🕓", sent: "✓", delivered: "✓✓", read: "✓✓", received: "" };

    function render(data) {
        const chat = $("chat");
        chat.replaceChildren();
        for (const m of data.messages) {
            const box = el("div", "bubble " + m.direction);
            renderBody(box, m);
            const time = new Date(m.timestamp * 1000).toLocaleTimeString();
            const status = m.status === "failed" ? "⚠ failed " + m.error_code + " " + (m.error_title || "") : ticks[m.status] || m.status;
            box.append(el("div", "meta " + m.status, time + " " + (m.direction === "business" ? status : "")));
            chat.append(box);
        }
        chat.scrollTop = chat.scrollHeight;
    }

    async function refresh() {
        const waId = customer();
        const number = $("number").value;
        if (!waId || !number) return;
        $("title").textContent = ($("number").selectedOptions[0] || {}).textContent || "";
        const data = await call("GET", control + "/customers/" + waId + "/messages?phone_number_id=" + encodeURIComponent(number));
        const typing = data.typing_at && Date.now() / 1000 - data.typing_at < 25;
        $("typing").hidden = !typing;
        const json = JSON.stringify(data.messages);
        if (json !== lastRendered) {
            lastRendered = json;
            render(data);
        }
        const unread = data.messages.some((m) => m.direction === "business" && (m.status === "sent" || m.status === "delivered"));
        if (unread && $("autoRead").checked && document.visibilityState === "visible") {
            await call("POST", control + "/customers/" + waId + "/read?phone_number_id=" + encodeURIComponent(number));
        }
    }

    function shareLocation() {
        const where = prompt("Latitude, longitude", "37.4421, -122.1615");
        if (!where) return;
        const [latitude, longitude] = where.split(",").map((s) => Number(s.trim()));
        sendInbound({ type: "location", location: { latitude, longitude, name: "Shared location" } });
    }

    $("composer").addEventListener("submit", (event) => {
        event.preventDefault();
        const text = $("text").value.trim();
        if (!text) return;
        $("text").value = "";
        sendInbound({ type: "text", text: { body: text } });
    });
    $("location").addEventListener("click", shareLocation);
    $("image").addEventListener("change", () => {
        const file = $("image").files[0];
        if (!file) return;
        const reader = new FileReader();
        reader.onload = () => {
            const data = String(reader.result).split(",")[1];
            sendInbound({ type: "image", image: { data, mime_type: file.type || "image/jpeg" } });
        };
        reader.readAsDataURL(file);
        $("image").value = "";
    });
    for (const id of ["number", "waId"]) $(id).addEventListener("change", () => { lastRendered = ""; refresh(); });

    loadNumbers().then(refresh).catch((e) => showError(e.message));
    setInterval(() => refresh().catch((e) => showError(e.message)), 1000);
})();

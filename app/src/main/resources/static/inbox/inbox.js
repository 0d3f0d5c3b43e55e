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
    // A live refresh replaces only what changed on the server (header, messages, window, contact panel): the
    // composers keep what the agent is typing, the chosen file and open menus. Only when the service window
    // opens or closes is the whole thread replaced, since the composer itself changes then.
    const parts = [".thread-head", "ol.messages", "[data-testid=window]", ".inbox-panel"];
    const refreshThread = () => {
        const id = current();
        fetch("/inbox/conversations/" + id, { headers: { "HX-Request": "true" } })
            .then((r) => (r.ok ? r.text() : Promise.reject(r.status)))
            .then((html) => {
                const fresh = new DOMParser().parseFromString(html, "text/html").getElementById("thread");
                const thread = document.getElementById("thread");
                if (!fresh || !thread || thread.dataset.conversation !== id) return;
                const canReply = (el) => el.querySelector(".composer.reply") !== null;
                if (canReply(fresh) !== canReply(thread)) {
                    thread.replaceWith(fresh);
                    htmx.process(fresh);
                } else {
                    parts.forEach((selector) => {
                        const now = thread.querySelector(selector);
                        const next = fresh.querySelector(selector);
                        if (now && next) { now.replaceWith(next); htmx.process(next); }
                    });
                }
                scrollDown();
                previewAll();
            })
            .catch(() => {});
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
        if (e.target.closest && e.target.closest(".template-choice")) { preview(e.target.closest(".template-choice")); return; }
        if ((e.target.id !== "composer-text" && e.target.id !== "reply-text") || !current()) return;
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

    // Emoji: the palette inserts at the caret of the reply.
    document.addEventListener("click", (e) => {
        const toggle = e.target.closest(".emoji-toggle");
        if (toggle) {
            const palette = toggle.form.querySelector(".emoji-palette");
            palette.hidden = !palette.hidden;
            return;
        }
        const emoji = e.target.closest(".emoji-palette button");
        if (!emoji) return;
        const text = emoji.form.querySelector("#reply-text");
        const at = text.selectionStart ?? text.value.length;
        text.value = text.value.slice(0, at) + emoji.textContent + text.value.slice(text.selectionEnd ?? at);
        text.focus();
        text.selectionStart = text.selectionEnd = at + emoji.textContent.length;
    });

    // Template preview: the body with each {{n}} replaced by what is typed (as text, never as HTML).
    const preview = (form) => {
        const out = form.querySelector(".template-preview");
        const values = {};
        form.querySelectorAll("input[name=variable]").forEach((i) => { values[i.dataset.key] = i.value || "{{" + i.dataset.key + "}}"; });
        out.textContent = out.dataset.body.replace(/\{\{\s*(\d+)\s*}}/g, (m, key) => values[key] ?? m);
    };
    const previewAll = () => document.querySelectorAll(".template-choice").forEach(preview);

    document.addEventListener("htmx:afterSwap", () => { scrollDown(); previewAll(); });
    previewAll();
    scrollDown();
})();

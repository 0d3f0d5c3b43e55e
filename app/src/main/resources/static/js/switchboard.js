// Sends the CSRF token with every htmx request, as Spring Security requires for non-GET methods.
document.addEventListener("htmx:configRequest", (event) => {
    const token = document.querySelector('meta[name="csrf-token"]');
    const header = document.querySelector('meta[name="csrf-header"]');
    if (token && header && token.content) {
        event.detail.headers[header.content] = token.content;
    }
});

// Destructive forms carry data-confirm: the browser asks before anything is sent (inline handlers are
// refused by the Content-Security-Policy, so this one listener serves every page).
document.addEventListener("submit", (event) => {
    const form = event.target;
    if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
        event.preventDefault();
        event.stopImmediatePropagation();
    }
}, true);

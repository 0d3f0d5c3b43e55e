// Sends the CSRF token with every htmx request, as Spring Security requires for non-GET methods.
document.addEventListener("htmx:configRequest", (event) => {
    const token = document.querySelector('meta[name="csrf-token"]');
    const header = document.querySelector('meta[name="csrf-header"]');
    if (token && header && token.content) {
        event.detail.headers[header.content] = token.content;
    }
});

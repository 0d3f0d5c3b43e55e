// Contract check: the real whatsapp-api-js library talks to the sandbox as if it were graph.facebook.com.
// Usage: node contract.mjs <sandbox base URL>. Prints one JSON line with what happened; JUnit asserts on it.
import { createServer } from "node:http";
import { WhatsAppAPI } from "whatsapp-api-js";
import { Text, Image, Interactive, ActionButtons, Button, Body, Template } from "whatsapp-api-js/messages";
import { BodyComponent, BodyParameter } from "whatsapp-api-js/messages";

const base = process.argv[2];
const PHONE_ID = "300000000000777";
const WABA = "400000000000777";
const TOKEN = "contract-token";
const SECRET = "contract-secret";
const VERIFY = "contract-verify";
const CUSTOMER = "16505550777";

const rewrite = (url) => String(url).replace("https://graph.facebook.com/", base + "/sandbox/graph/");
const fetchToSandbox = (url, init) => fetch(rewrite(url), init);
const api = (token) => new WhatsAppAPI({
    token, appSecret: SECRET, webhookVerifyToken: VERIFY, v: "v23.0", secure: true,
    ponyfill: { fetch: fetchToSandbox },
});
const Whatsapp = api(TOKEN);

const result = { messages: [], statuses: {}, rejectedSignatures: 0, handshakes: 0 };
Whatsapp.on.message = ({ phoneID, from, message, name }) => {
    result.messages.push({ phoneID, from, name, type: message.type, text: message.text?.body, id: message.id });
};
Whatsapp.on.status = ({ id, status, pricing, biz_opaque_callback_data, error }) => {
    (result.statuses[id] ??= []).push({ status, pricing: pricing?.pricing_model, opaque: biz_opaque_callback_data, error: error?.code });
};

const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://localhost");
    if (req.method === "GET") {
        try {
            result.handshakes++;
            res.writeHead(200).end(Whatsapp.get(Object.fromEntries(url.searchParams)));
        } catch (e) {
            res.writeHead(403).end();
        }
        return;
    }
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const raw = Buffer.concat(chunks).toString("utf8");
    try {
        await Whatsapp.post(JSON.parse(raw), raw, req.headers["x-hub-signature-256"]);
        res.writeHead(200).end();
    } catch (e) {
        if (e?.constructor?.name === "WhatsAppAPIFailedToVerifyError") result.rejectedSignatures++;
        res.writeHead(e?.httpStatus ?? 500).end();
    }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const callback = `http://127.0.0.1:${server.address().port}/webhook`;

async function control(method, path, body) {
    const response = await fetch(base + "/sandbox/control" + path, {
        method, headers: { "Content-Type": "application/json" }, body: body && JSON.stringify(body),
    });
    return response.json();
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(check, what) {
    for (let i = 0; i < 150; i++) {
        if (check()) return;
        await sleep(100);
    }
    throw new Error("timed out waiting for " + what);
}

try {
    const registered = await control("PUT", `/numbers/${PHONE_ID}/registration`, {
        waba_id: WABA, display_phone_number: "+1 555 0777", verified_name: "Contract Shop", access_token: TOKEN,
        app_secret: SECRET, verify_token: VERIFY, callback_url: callback,
    });
    result.verified = registered.verified;

    await control("POST", "/inbound", {
        from: CUSTOMER, phone_number_id: PHONE_ID, profile_name: "Zoë", message: { type: "text", text: { body: "Hi 👋 café" } },
    });
    await until(() => result.messages.length === 1, "the inbound message");

    const created = await (await fetchToSandbox(`https://graph.facebook.com/v23.0/${WABA}/message_templates`, {
        method: "POST", headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
        body: JSON.stringify({ name: "contract_hello", language: "en_US", category: "UTILITY", components: [
            { type: "BODY", text: "Hello {{1}}, thanks for writing to us.", example: { body_text: [["Ada"]] } }] }),
    })).json();
    for (let i = 0; i < 100 && result.templateStatus !== "APPROVED"; i++) {
        await sleep(100);
        result.templateStatus = (await (await fetchToSandbox(`https://graph.facebook.com/v23.0/${created.id}`, {
            headers: { Authorization: `Bearer ${TOKEN}` } })).json()).status;
    }

    const form = new FormData();
    form.append("file", new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])], { type: "image/png" }), "dot.png");
    form.append("type", "image/png");
    const upload = await Whatsapp.uploadMedia(PHONE_ID, form);
    const media = await Whatsapp.retrieveMedia(upload.id);
    result.mediaBytes = (await (await Whatsapp.fetchMedia(media.url)).arrayBuffer()).byteLength;

    const sends = {
        text: await Whatsapp.sendMessage(PHONE_ID, CUSTOMER, new Text("Hello from the library"), undefined, "outbox-1"),
        template: await Whatsapp.sendMessage(PHONE_ID, CUSTOMER,
            new Template("contract_hello", "en_US", new BodyComponent(new BodyParameter("Zoë")))),
        interactive: await Whatsapp.sendMessage(PHONE_ID, CUSTOMER, new Interactive(
            new ActionButtons(new Button("yes", "Yes"), new Button("no", "No")), new Body("Shall we?"))),
        image: await Whatsapp.sendMessage(PHONE_ID, CUSTOMER, new Image(upload.id, true, "A dot")),
    };
    result.sent = Object.fromEntries(Object.entries(sends).map(([k, v]) => [k, v.messages?.[0]?.id ?? JSON.stringify(v)]));
    result.markAsRead = (await Whatsapp.markAsRead(PHONE_ID, result.messages[0].id, "text")).success;
    result.badToken = (await api("not-a-token").sendMessage(PHONE_ID, CUSTOMER, new Text("x"))).error?.code;

    const ids = Object.values(result.sent);
    await until(() => ids.every((id) => result.statuses[id]?.some((s) => s.status === "delivered")), "delivered statuses");
    await control("POST", `/customers/${CUSTOMER}/read?phone_number_id=${PHONE_ID}`);
    await until(() => ids.every((id) => result.statuses[id]?.some((s) => s.status === "read")), "read statuses");
} catch (e) {
    result.failure = String(e?.stack ?? e);
} finally {
    server.close();
    console.log("CONTRACT " + JSON.stringify(result));
    process.exit(0);
}

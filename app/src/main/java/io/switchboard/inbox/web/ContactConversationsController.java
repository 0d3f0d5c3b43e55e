package io.switchboard.inbox.web;

import io.switchboard.channels.ChannelManagement;
import io.switchboard.contacts.ContactId;
import io.switchboard.inbox.ConversationManagement;
import io.switchboard.workspace.SwitchboardPrincipal;
import java.util.HashMap;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A contact's conversations across numbers, as a fragment the contact page (module contacts, which
 * cannot import the inbox) loads with {@code hx-get}; an unknown contact simply has none.
 */
@Controller
class ContactConversationsController {
    private final ConversationManagement conversations;
    private final ChannelManagement channels;

    ContactConversationsController(ConversationManagement conversations, ChannelManagement channels) {
        this.conversations = conversations;
        this.channels = channels;
    }

    @GetMapping("/inbox/contacts/{contactId}/conversations")
    String conversations(@AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID contactId, Model model) {
        var workspace = me.workspaceId();
        var names = new HashMap<String, String>();
        channels.channels(workspace).forEach(c -> names.put(c.id().toString(), c.name()));
        model.addAttribute("conversations", conversations.ofContact(workspace, new ContactId(contactId)));
        model.addAttribute("channelNames", names);
        return "inbox/contact-conversations :: conversations";
    }
}

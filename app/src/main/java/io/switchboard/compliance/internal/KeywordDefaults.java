package io.switchboard.compliance.internal;

import io.switchboard.compliance.KeywordSet;
import java.util.List;

/**
 * The keywords of a workspace that has not set its own. English first: a word shared by several languages
 * (STOP) is answered in the first language that lists it.
 */
final class KeywordDefaults {
    private KeywordDefaults() {}

    static final List<KeywordSet> ALL = List.of(
            new KeywordSet(
                    "en",
                    // "Stop promotions" is the label of Meta's marketing opt-out quick-reply button.
                    List.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "STOP PROMOTIONS"),
                    List.of("START", "SUBSCRIBE", "UNSTOP"),
                    "You will no longer receive marketing messages from us. Reply START to subscribe again.",
                    "You are subscribed to our marketing messages. Reply STOP at any time to unsubscribe."),
            new KeywordSet(
                    "it",
                    List.of("ANNULLA", "DISISCRIVIMI", "STOP"),
                    List.of("ISCRIVIMI"),
                    "Non riceverai più messaggi promozionali da noi. Rispondi ISCRIVIMI per iscriverti di nuovo.",
                    "Sei iscritto ai nostri messaggi promozionali. Rispondi ANNULLA in qualsiasi momento per"
                            + " disiscriverti."),
            new KeywordSet(
                    "de",
                    List.of("STOPP", "ABMELDEN"),
                    List.of("ANMELDEN"),
                    "Sie erhalten keine Werbenachrichten mehr von uns. Antworten Sie ANMELDEN, um sie wieder zu"
                            + " erhalten.",
                    "Sie erhalten jetzt unsere Werbenachrichten. Antworten Sie jederzeit STOPP, um sie abzubestellen."),
            new KeywordSet(
                    "es",
                    List.of("BAJA", "CANCELAR"),
                    List.of("ALTA", "SUSCRIBIRME"),
                    "Ya no recibirás mensajes promocionales nuestros. Responde ALTA para volver a suscribirte.",
                    "Te has suscrito a nuestros mensajes promocionales. Responde BAJA en cualquier momento para"
                            + " darte de baja."),
            new KeywordSet(
                    "fr",
                    List.of("ARRET", "ARRÊT", "DESABONNER"),
                    List.of("ABONNER"),
                    "Vous ne recevrez plus de messages promotionnels de notre part. Répondez ABONNER pour vous"
                            + " réabonner.",
                    "Vous êtes abonné à nos messages promotionnels. Répondez ARRET à tout moment pour vous"
                            + " désabonner."),
            new KeywordSet(
                    "pt",
                    List.of("SAIR", "PARAR"),
                    List.of("INSCREVER"),
                    "Você não receberá mais mensagens promocionais nossas. Responda INSCREVER para voltar a"
                            + " recebê-las.",
                    "Você está inscrito nas nossas mensagens promocionais. Responda SAIR a qualquer momento para"
                            + " cancelar."));
}

package io.switchboard.channels.whatsapp.internal;

import org.springframework.stereotype.Component;

/** Lets the media store wake the media worker without depending on it (the worker depends on the store). */
@Component
class MediaWake {
    private volatile Runnable target = () -> {};

    void attach(Runnable target) {
        this.target = target;
    }

    void wake() {
        target.run();
    }
}

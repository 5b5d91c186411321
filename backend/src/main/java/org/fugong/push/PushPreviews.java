package org.fugong.push;

import org.fugong.base.Actor;
import org.fugong.base.Languages;
import org.fugong.base.LocalizedText;
import org.fugong.base.Messages;
import org.fugong.base.NotAllowedException;
import org.fugong.base.NoticeType;
import org.fugong.base.Role;
import org.fugong.security.StaffDevice;
import org.fugong.security.StaffDevices;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a notice's push will look like on a phone, and a test push of it to the writer's own devices
 * (registered through {@link StaffDevices}). The texts follow the sender's rules ({@link PushTexts})
 * and the channel its type's; a test goes straight to the gateway, so it is in no ledger and in no
 * notice's figures.
 */
@Service
public class PushPreviews {

    /** A test push stays with FCM for an hour at most. */
    private static final Duration TEST_TTL = Duration.ofHours(1);

    private final PushGateway gateway;
    private final StaffDevices devices;
    private final Messages messages;

    PushPreviews(PushGateway gateway, StaffDevices devices, Messages messages) {
        this.gateway = gateway;
        this.devices = devices;
        this.messages = messages;
    }

    /**
     * A push as a phone in one language shows it.
     *
     * @param channelName the Android channel's name as the app labels it in that language
     */
    public record Preview(String channelId, String channelName, String title, String body) {
    }

    /** What a test push did: to how many of the actor's devices it was sent, and how many FCM refused. */
    public record TestResult(int devices, int sent, int failed, boolean simulated) {
    }

    public Preview preview(NoticeType type, LocalizedText title, LocalizedText body, Locale language) {
        String tag = Languages.tag(language);
        String channel = Channels.of(type == null ? NoticeType.ANNOUNCEMENT : type);
        return new Preview(channel, messages.get("push.channel." + channel, language), PushTexts.title(title, tag),
                PushTexts.body(body, tag));
    }

    /** How many devices the actor registered for test pushes. */
    public int testDevices(Actor actor) {
        return devices.of(actor).size();
    }

    /** Whether the actor may send test pushes to their own devices (officials, who write notices). */
    public boolean maySendTest(Actor actor) {
        return actor.has(Role.OFFICIAL);
    }

    /** Sends the push, as it would go out, to the actor's own devices, each in its language. */
    public TestResult sendTest(NoticeType type, LocalizedText title, LocalizedText body, Actor actor) {
        actor.require(Role.OFFICIAL);
        List<StaffDevice> mine = devices.of(actor);
        if (mine.isEmpty()) {
            throw new NotAllowedException("error.no-device");
        }
        NoticeType kind = type == null ? NoticeType.ANNOUNCEMENT : type;
        List<PushMessage> messages = mine.stream().map(device -> {
            String tag = device.locale() == null ? "zh-CN" : device.locale();
            return new PushMessage(device.fcmToken(), device.platform(), PushTexts.title(title, tag),
                    PushTexts.body(body, tag), Map.of("type", kind.name(), "kind", "TEST"), Channels.of(kind),
                    "test:" + actor.id(), TEST_TTL, false);
        }).toList();
        List<PushResult> results = gateway.send(messages);
        int failed = (int) results.stream().filter(r -> r.outcome() == PushOutcome.FAILED).count();
        return new TestResult(mine.size(), mine.size() - failed, failed, gateway.isSimulated());
    }
}

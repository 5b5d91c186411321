package org.fugong.report;

import org.fugong.base.Actor;
import org.fugong.base.BureauTime;
import org.fugong.base.Languages;
import org.fugong.base.Messages;
import org.fugong.base.NoticeType;
import org.fugong.notice.AttendanceMode;
import org.fugong.notice.InboxService;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeFinder;
import org.fugong.notice.NoticeStatus;
import org.fugong.notice.ResponseKind;
import org.fugong.enterprise.DispatchClock;
import org.fugong.placement.PlacementFigures;
import org.fugong.push.PushService;
import org.fugong.response.ResponseFigures;
import org.fugong.response.SubsidyService;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * The bureau's progress briefing (see the domain's "Briefing"): for a period, how many job fairs were
 * held and with how many enterprises, positions and job seekers; intentions reached; buses run and
 * workers returned; subsidies approved. As figures ({@link BriefingFigures} says what each counts)
 * and as one zh-CN paragraph officials can paste into a report. Also the console dashboard's daily
 * series. Staff only: it is the bureau's own account.
 */
@Service
public class BriefingService {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final NoticeFinder notices;
    private final InboxService inbox;
    private final ResponseFigures responses;
    private final SubsidyService subsidies;
    private final PushService push;
    private final Messages messages;
    private final DispatchClock dispatch;
    private final PlacementFigures placements;
    private final Clock clock;

    BriefingService(NoticeFinder notices, InboxService inbox, ResponseFigures responses, SubsidyService subsidies,
                    PushService push, Messages messages, DispatchClock dispatch, PlacementFigures placements,
                    Clock clock) {
        this.notices = notices;
        this.inbox = inbox;
        this.responses = responses;
        this.subsidies = subsidies;
        this.push = push;
        this.messages = messages;
        this.dispatch = dispatch;
        this.placements = placements;
        this.clock = clock;
    }

    /**
     * The briefing for a period as a client writes it ({@link ReportPeriod#parse}): ISO dates in
     * Asia/Shanghai, the last day included, or instants. Who may see it is checked before the input.
     */
    public Briefing briefing(String from, String to, Actor actor) {
        actor.requireStaff();
        return briefing(ReportPeriod.parse(from, to), actor);
    }

    /** The briefing for whole days, the first and the last included. */
    public Briefing briefing(LocalDate firstDay, LocalDate lastDay, Actor actor) {
        actor.requireStaff();
        return briefing(ReportPeriod.ofDays(firstDay, lastDay), actor);
    }

    /** The briefing for a period, with its paragraph in Chinese. */
    public Briefing briefing(ReportPeriod period, Actor actor) {
        actor.requireStaff();
        BriefingFigures figures = figures(period, actor);
        return new Briefing(period.from(), period.to(), period.firstDay(), period.lastDay(), figures,
                text(figures, period, Languages.CHINESE));
    }

    /**
     * The briefing's paragraph in a language. Counts are plain digits (no grouping: the messages format
     * them with {@code number,0}), so each figure can be found in the text as it is, and English says
     * "1 job fair" but "2 job fairs" ({@code choice}); the amount is in 万元 (ten thousand yuan) with two
     * decimals, rounded half up (865,000 yuan → 86.50万元), and in yuan in English (¥865,000). The
     * period is named by its days in Asia/Shanghai, with the year only when it spans two years.
     */
    public String text(BriefingFigures f, ReportPeriod period, Locale locale) {
        // 万元 is how a Chinese report states money; an English reader counts in yuan
        String amount = locale.getLanguage().equals(Languages.CHINESE.getLanguage())
                ? f.subsidyAmount().divide(TEN_THOUSAND).setScale(2, RoundingMode.HALF_UP).toPlainString()
                : yuan(f.subsidyAmount());
        return messages.get("briefing.text", locale, periodText(period, locale),
                f.jobFairs(), f.onlineJobFairs(), f.enterpriseParticipations(),
                f.positionsPosted(), f.jobSeekersReached(), f.intentionsReached(),
                f.buses(), f.interProvincialBuses(), f.intraProvincialBuses(),
                f.workersReturned(), f.subsidiesApproved(), f.enterprisesBenefited(), amount)
                + BriefingSentences.promises(f, messages, locale);
    }

    /** An amount in yuan as English reads it: 865,000, with fen only when there are some (1,234.50). */
    static String yuan(BigDecimal amount) {
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    /**
     * The console's dashboard: the last seven days' briefing, and for each day from {@code firstDay}
     * to {@code lastDay} the notices published by type, responses, pushes sent and failed, and
     * workers returned.
     */
    public Dashboard dashboard(LocalDate firstDay, LocalDate lastDay, Actor actor) {
        actor.requireStaff();
        LocalDate today = LocalDate.ofInstant(clock.instant(), BureauTime.ZONE);
        Briefing lastWeek = briefing(ReportPeriod.ofDays(today.minusDays(6), today), actor);
        return new Dashboard(lastWeek, daily(firstDay, lastDay, actor));
    }

    /** The briefing for whole days with its paragraph in a language (the console's dashboard). */
    public Briefing briefing(LocalDate firstDay, LocalDate lastDay, Locale locale, Actor actor) {
        actor.requireStaff();
        ReportPeriod period = ReportPeriod.ofDays(firstDay, lastDay);
        BriefingFigures figures = figures(period, actor);
        return new Briefing(period.from(), period.to(), period.firstDay(), period.lastDay(), figures,
                text(figures, period, locale));
    }

    /**
     * For each day from {@code firstDay} to {@code lastDay}: notices published by type, responses,
     * pushes sent and failed, and workers returned (the dashboard's charts).
     */
    public List<Dashboard.Day> daily(LocalDate firstDay, LocalDate lastDay, Actor actor) {
        actor.requireStaff();
        ReportPeriod period = ReportPeriod.ofDays(firstDay, lastDay);

        Map<LocalDate, Map<NoticeType, Long>> published = new java.util.HashMap<>();
        for (Notice notice : notices.publishedBetween(period.from(), period.to(), null)) {
            LocalDate day = LocalDate.ofInstant(notice.publishedAt(), BureauTime.ZONE);
            published.computeIfAbsent(day, d -> new EnumMap<>(NoticeType.class)).merge(notice.type(), 1L, Long::sum);
        }
        SortedMap<LocalDate, Long> submitted = responses.submittedPerDay(period.from(), period.to(), BureauTime.ZONE);
        SortedMap<LocalDate, PushService.DailyPushes> pushes = push.perDay(period.from(), period.to(), BureauTime.ZONE);
        SortedMap<LocalDate, Long> arrived = responses.arrivedPerDay(period.from(), period.to(), BureauTime.ZONE);
        List<Dashboard.Day> days = new ArrayList<>();
        for (LocalDate day : period.days()) {
            Map<NoticeType, Long> byType = new EnumMap<>(NoticeType.class);
            for (NoticeType type : NoticeType.values()) {
                byType.put(type, published.getOrDefault(day, Map.of()).getOrDefault(type, 0L));
            }
            PushService.DailyPushes dayPushes = pushes.getOrDefault(day, new PushService.DailyPushes(0, 0));
            days.add(new Dashboard.Day(day, byType, submitted.getOrDefault(day, 0L), dayPushes.sent(),
                    dayPushes.failed(), arrived.getOrDefault(day, 0L)));
        }
        return days;
    }

    private BriefingFigures figures(ReportPeriod period, Actor actor) {
        Instant from = period.from();
        Instant to = period.to();

        List<Notice> fairs = notices.jobFairsStartingBetween(from, to);
        long onlineFairs = fairs.stream().map(f -> f.jobFair().mode())
                .filter(mode -> mode == AttendanceMode.ONLINE || mode == AttendanceMode.HYBRID).count();
        Map<String, Set<String>> joined = responses.enterprisesJoining(fairs.stream().map(Notice::id).toList());
        long participations = 0;
        for (Notice fair : fairs) {
            Set<String> present = new HashSet<>(fair.jobFair().enterpriseIds());
            present.addAll(joined.getOrDefault(fair.id(), Set.of()));
            participations += present.size();
        }
        List<Notice> postings = notices.publishedBetween(from, to, Set.of(NoticeType.JOB_POSTING)).stream()
                .filter(n -> n.status() == NoticeStatus.PUBLISHED && n.jobPosting() != null).toList();
        long positions = fairs.stream().map(f -> f.jobFair().positions()).filter(Objects::nonNull).mapToLong(Integer::longValue).sum()
                + postings.stream().map(p -> p.jobPosting().headcount()).filter(Objects::nonNull).mapToLong(Integer::longValue).sum();
        long reached = inbox.distinctRecipients(Stream.concat(fairs.stream(), postings.stream()).map(Notice::id).toList());
        long intentions = responses.acceptedBetween(ResponseKind.APPLY, from, to);

        List<Notice> buses = notices.busesLeavingBetween(from, to);
        long interProvincial = buses.stream().filter(b -> b.returnBus().isInterProvincial()).count();
        long returned = responses.arrivedBetween(from, to);

        List<SubsidyService.Approval> approvals = subsidies.approvals(SubsidyService.ApprovalFilter.between(from, to), actor);
        long benefited = approvals.stream().map(SubsidyService.Approval::enterpriseId).filter(Objects::nonNull).distinct().count();
        BigDecimal amount = approvals.stream().map(SubsidyService.Approval::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);

        DispatchClock.Figures clockFigures = dispatch.figures(from, to);
        List<PlacementFigures.StudentsPlaced> students = placements.studentsPlaced(from, to);
        return new BriefingFigures(fairs.size(), onlineFairs, participations, positions, reached, intentions,
                buses.size(), interProvincial, buses.size() - interProvincial, returned, approvals.size(), benefited, amount,
                clockFigures.settled(), clockFigures.inTime(), clockFigures.share(),
                students.stream().mapToLong(PlacementFigures.StudentsPlaced::students).sum(), students,
                placements.checkpoints(from, to));
    }

    private String periodText(ReportPeriod period, Locale locale) {
        LocalDate first = period.firstDay();
        LocalDate last = period.lastDay();
        boolean sameYear = first.getYear() == last.getYear();
        DateTimeFormatter day = DateTimeFormatter.ofPattern(
                messages.get(sameYear ? "briefing.day" : "briefing.day-with-year", locale), locale);
        if (first.equals(last)) {
            return day.format(first);
        }
        return messages.get("briefing.period", locale, day.format(first), day.format(last));
    }

}

package org.fugong.worker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fugong.audit.AuditLog;
import org.fugong.base.Actor;
import org.fugong.base.CreditCodes;
import org.fugong.base.CsvImport;
import org.fugong.base.FieldProblem;
import org.fugong.base.InvalidInputException;
import org.fugong.base.Messages;
import org.fugong.base.PhoneNumbers;
import org.fugong.base.Place;
import org.fugong.base.Regions;
import org.fugong.base.RejectedLine;
import org.fugong.base.Role;
import org.fugong.base.Texts;
import org.fugong.base.Uploads;
import org.fugong.reference.Taxonomy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Workers imported in bulk by an ADMIN from the bureau's other registers (e.g. the list of workers
 * a county sent back on chartered buses), as CSV or NDJSON, one worker a line, matched by phone.
 * Unlike an enterprise import this is not all-or-nothing: the good lines are written and the bad ones
 * come back with the reason, so the sender can fix and resend only those. A line is checked whole
 * before anything is written, so a refused line never leaves a worker behind.
 */
@Service
public class WorkerImport {

    /** The columns (CSV) or fields (NDJSON) a line may have; only {@code phone} is required. */
    public static final List<String> COLUMNS = List.of("phone", "name", "hometownProvince", "hometownCity", "district",
            "industries", "skills", "employmentStatus", "enterpriseCreditCode", "locale", "installationId", "fcmToken",
            "platform", "school", "graduationYear");
    /** Lines written to the database together. */
    private static final int BATCH = 1000;
    private static final List<String> LIST_COLUMNS = List.of("industries", "skills");
    /** List cells separate their items by {@code ;} or {@code |}, also typed full-width by a Chinese input method. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;|；｜]");

    private final WorkerService workers;
    private final WorkerBatches batches;
    private final ObjectProvider<EmployerDirectory> employers;
    private final AuditLog audit;
    private final Messages messages;
    private final ObjectMapper json;

    WorkerImport(WorkerService workers, WorkerBatches batches, ObjectProvider<EmployerDirectory> employers,
                 AuditLog audit, Messages messages, ObjectMapper json) {
        this.workers = workers;
        this.batches = batches;
        this.employers = employers;
        this.audit = audit;
        this.messages = messages;
        this.json = json;
    }

    /**
     * What an import did.
     *
     * @param created  workers new to Fugong
     * @param updated  workers already known by their phone, whose profile took the line's fields
     * @param rejected the lines not taken, with the reason in the importer's language
     */
    public record Result(int created, int updated, List<RejectedLine> rejected, String encoding) {

        public Result(int created, int updated, List<RejectedLine> rejected) {
            this(created, updated, rejected, null);
        }

        Result in(String encoding) {
            return new Result(created, updated, rejected, encoding);
        }
    }

    /** One line of the upload as text, whatever its format. */
    private record Line(int number, Map<String, String> values, List<FieldProblem> problems) {
    }

    /**
     * Imports a CSV file whose header names some of {@link #COLUMNS} (with {@code phone}); list cells
     * hold industries or skills by code, Chinese or English name, separated by {@code ;} or {@code |}.
     */
    public Result importCsv(InputStream in, Actor actor, Locale locale) {
        return importCsv(in, null, actor, locale);
    }

    /** The same for a file that declares its charset; the result names the encoding read. */
    public Result importCsv(InputStream in, String charset, Actor actor, Locale locale) {
        actor.require(Role.ADMIN);
        CsvImport.Parsed parsed = CsvImport.read(in, charset, COLUMNS, List.of("phone"));
        List<Line> lines = parsed.rows().stream()
                .map(row -> new Line(row.line(), row.values(), row.problems()))
                .toList();
        return run(lines, actor, locale, "csv").in(parsed.encoding());
    }

    /**
     * Imports NDJSON: one JSON object a line with the fields of {@link #COLUMNS}; lists may be JSON
     * arrays or text as in CSV. Blank lines are skipped; line numbers count every line.
     */
    public Result importNdjson(InputStream in, Actor actor, Locale locale) {
        return importNdjson(in, null, actor, locale);
    }

    /** The same for a file that declares its charset; the result names the encoding read. */
    public Result importNdjson(InputStream in, String charset, Actor actor, Locale locale) {
        actor.require(Role.ADMIN);
        Uploads.Text upload = Uploads.decode(in, charset);
        String[] physical = upload.content().split("\r\n|\n|\r", -1);
        Uploads.checkLines(Arrays.stream(physical).filter(l -> !l.isBlank()).count());
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < physical.length; i++) {
            if (!physical[i].isBlank()) {
                lines.add(ndjsonLine(i + 1, physical[i]));
            }
        }
        if (lines.isEmpty()) {
            throw InvalidInputException.of("file", "error.upload-empty");
        }
        return run(lines, actor, locale, "ndjson").in(upload.encoding());
    }

    private Line ndjsonLine(int number, String text) {
        Map<String, String> values = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        JsonNode object;
        try {
            object = json.readTree(text);
        } catch (JsonProcessingException e) {
            object = null;
        }
        if (object == null || !object.isObject()) {
            return new Line(number, values, List.of(FieldProblem.of("line", "error.ndjson-line")));
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (!COLUMNS.contains(name)) {
                problems.add(FieldProblem.of(name, "error.unknown-field"));
            } else if (value.isNull()) {
                values.put(name, null);
            } else if (value.isValueNode()) {
                values.put(name, Texts.trimToNull(value.asText()));
            } else if (value.isArray() && LIST_COLUMNS.contains(name)) {
                List<String> items = new ArrayList<>();
                value.forEach(item -> items.add(item.isTextual() ? item.asText() : null));
                if (items.contains(null)) {
                    problems.add(FieldProblem.of(name, "error.wrong-format"));
                } else {
                    values.put(name, String.join(";", items));
                }
            } else {
                problems.add(FieldProblem.of(name, "error.wrong-format"));
            }
        }
        return new Line(number, values, problems);
    }

    private Result run(List<Line> lines, Actor actor, Locale locale, String format) {
        Map<String, Integer> lineOfPhone = new HashMap<>();
        Map<String, Optional<String>> enterpriseOfCode = new HashMap<>();
        int created = 0;
        int updated = 0;
        List<RejectedLine> rejected = new ArrayList<>();
        List<WorkerBatches.Line> batch = new ArrayList<>(BATCH);
        for (Line line : lines) {
            List<FieldProblem> problems = new ArrayList<>(line.problems());
            String phone = phone(line.values().get("phone"), problems);
            ProfileUpdate profile = profile(line.values(), enterpriseOfCode, problems);
            WorkerService.CheckedProfile checked = null;
            try {
                checked = workers.check(profile);
            } catch (InvalidInputException invalid) {
                invalid.problems().forEach(p -> problems.add(new FieldProblem(column(p.field()), p.code(), p.args())));
            }
            WorkerBatches.ImportedDevice device = device(line.values(), problems);
            if (phone != null && problems.isEmpty()) {
                Integer first = lineOfPhone.putIfAbsent(phone, line.number());
                if (first != null) {
                    problems.add(FieldProblem.of("phone", "error.import-duplicate-phone", first));
                }
            }
            if (!problems.isEmpty()) {
                rejected.add(new RejectedLine(line.number(), messages.describeAll(problems, locale)));
                continue;
            }
            batch.add(new WorkerBatches.Line(phone, checked, line.values().get("locale") != null, device));
            if (batch.size() == BATCH) {
                WorkerBatches.Counts counts = batches.write(batch);
                created += counts.created();
                updated += counts.updated();
                batch = new ArrayList<>(BATCH);
            }
        }
        WorkerBatches.Counts counts = batches.write(batch);
        created += counts.created();
        updated += counts.updated();
        audit.record(actor, "worker.import", "worker", null, Map.of("format", format, "created", created,
                "updated", updated, "rejected", rejected.size()));
        return new Result(created, updated, List.copyOf(rejected));
    }

    /** The line's device, when it names one: installation, token and platform together (ANDROID if not said). */
    private static WorkerBatches.ImportedDevice device(Map<String, String> values, List<FieldProblem> problems) {
        String installation = values.get("installationId");
        String token = values.get("fcmToken");
        if (installation == null && token == null) {
            return null;
        }
        if (installation == null || !DeviceRegistrations.INSTALLATION_ID.matcher(installation).matches()) {
            problems.add(FieldProblem.of("installationId", installation == null ? "error.required" : "error.installation-id"));
        }
        if (token == null || token.length() > DeviceRegistrations.MAX_TOKEN_LENGTH || DeviceRegistrations.hasWhitespace(token)) {
            problems.add(FieldProblem.of("fcmToken", token == null ? "error.required" : "error.fcm-token"));
        }
        Platform platform = Platform.ANDROID;
        if (values.get("platform") != null) {
            try {
                platform = Platform.valueOf(values.get("platform").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("platform", "error.platform"));
            }
        }
        return new WorkerBatches.ImportedDevice(installation, token, platform);
    }

    private static String phone(String raw, List<FieldProblem> problems) {
        if (raw == null) {
            problems.add(FieldProblem.of("phone", "error.required"));
            return null;
        }
        String phone = PhoneNumbers.normalize(raw);
        if (phone == null) {
            problems.add(FieldProblem.of("phone", "error.phone"));
        }
        return phone;
    }

    /** The line as a profile change; what only an import can get wrong is added to {@code problems}. */
    private ProfileUpdate profile(Map<String, String> values, Map<String, Optional<String>> enterpriseOfCode,
                                  List<FieldProblem> problems) {
        String province = values.get("hometownProvince");
        String city = values.get("hometownCity");
        if (province == null && city != null) {
            // a city names its province; the bureau's registers often give only the city
            province = Regions.china().provinceOf(city);
        }
        EmploymentStatus status = null;
        String statusText = values.get("employmentStatus");
        if (statusText != null) {
            try {
                status = EmploymentStatus.valueOf(statusText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("employmentStatus", "error.employment-status"));
            }
        }
        String enterpriseId = null;
        String code = CreditCodes.normalize(values.get("enterpriseCreditCode"));
        if (code != null && !code.isEmpty()) {
            if (!CreditCodes.isValid(code)) {
                problems.add(FieldProblem.of("enterpriseCreditCode", "error.credit-code"));
            } else {
                EmployerDirectory directory = employers.getIfAvailable();
                Optional<String> id = enterpriseOfCode.computeIfAbsent(code,
                        c -> directory == null ? Optional.empty() : directory.idByCreditCode(c));
                if (id.isPresent()) {
                    enterpriseId = id.get();
                } else {
                    problems.add(FieldProblem.of("enterpriseCreditCode", "error.credit-code-unknown", code));
                }
            }
        }
        return new ProfileUpdate(values.get("name"), province == null && city == null ? null : new Place(province, city),
                values.get("district"), list(values.get("industries"), Taxonomy.standard()::industryCode),
                list(values.get("skills"), Taxonomy.standard()::skillCode), status, enterpriseId,
                values.get("locale"), null, values.get("school"), year(values.get("graduationYear"), problems));
    }

    /** A graduation year as written in a cell; a problem when it is no whole number. */
    private static Integer year(String cell, List<FieldProblem> problems) {
        if (cell == null) {
            return null;
        }
        try {
            return Integer.valueOf(cell.strip());
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of("graduationYear", "error.whole-number"));
            return null;
        }
    }

    /** A list cell's items as codes: each given by its code, Chinese name or English name. */
    private static List<String> list(String cell, UnaryOperator<String> code) {
        return cell == null ? List.of() : Arrays.stream(LIST_SEPARATOR.split(cell)).map(code).toList();
    }

    /** The column a profile problem belongs to: {@code hometown.city} → {@code hometownCity}, {@code skills[2]} → {@code skills}. */
    private static String column(String field) {
        return switch (field.replaceFirst("\\[\\d+]$", "")) {
            case "hometown", "hometown.province" -> "hometownProvince";
            case "hometown.city" -> "hometownCity";
            case "enterpriseId" -> "enterpriseCreditCode";
            default -> field.replaceFirst("\\[\\d+]$", "");
        };
    }
}

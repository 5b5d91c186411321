package org.fugong.response;

import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * How the API document describes the fields of a response, kind by kind, as {@link ResponseForms}
 * checks them. Documentation only: the server reads and writes the fields as a map, so these types are
 * never instantiated; they give the Android app and the worker web app exact types to generate.
 */
final class ResponseFieldSchemas {

    private ResponseFieldSchemas() {
    }

    @Schema(name = "RsvpFields", description = "An RSVP to a job fair")
    record RsvpFields(@Schema(description = "how the worker attends; the fair's own mode when not given, "
                              + "required when the fair is HYBRID", allowableValues = {"ONLINE", "ONSITE"})
                      String attendanceMode,
                      @Schema(description = "at most 500 characters") String note) {
    }

    @Schema(name = "ApplyFields", description = "An application to a job posting")
    record ApplyFields(@Schema(description = "at most 2000 characters") String message,
                       @Schema(description = "yuan per month, 0 to 1,000,000") Integer expectedSalary) {
    }

    @Schema(name = "SeatBookingFields", description = "A seat on a return bus")
    record SeatBookingFields(@Schema(description = "one of the bus's pickup points; required when it has any")
                             String pickupPoint,
                             @Schema(description = "true: the passenger meets the bus's health requirement; "
                                     + "required when the bus states one") Boolean healthDeclared) {
    }

    @Schema(name = "SubsidyApplicationFields", description = "An application for a policy's subsidy")
    record SubsidyApplicationFields(@Schema(description = "at most 1000 characters") String note,
                                    @Schema(description = "the number of new hires an enterprise claims for (enterprises "
                                            + "only, and required for them, 1 to 100,000); a worker's own application "
                                            + "counts 1, which the server fills in") Integer persons) {
    }

    /** The fields a response holds, by its kind. */
    @Schema(name = "ResponseFields", description = "The fields of a response, by its kind",
            oneOf = {RsvpFields.class, ApplyFields.class, SeatBookingFields.class, SubsidyApplicationFields.class})
    interface ResponseFields {
    }

    @Schema(name = "RsvpSubmission")
    record RsvpSubmission(@Schema(requiredMode = REQUIRED, allowableValues = "RSVP") String kind, RsvpFields fields) {
    }

    @Schema(name = "ApplySubmission")
    record ApplySubmission(@Schema(requiredMode = REQUIRED, allowableValues = "APPLY") String kind, ApplyFields fields) {
    }

    @Schema(name = "SeatBookingSubmission")
    record SeatBookingSubmission(@Schema(requiredMode = REQUIRED, allowableValues = "SEAT_BOOKING") String kind,
                                 SeatBookingFields fields) {
    }

    @Schema(name = "SubsidyApplicationSubmission")
    record SubsidyApplicationSubmission(@Schema(requiredMode = REQUIRED, allowableValues = "SUBSIDY_APPLICATION")
                                        String kind,
                                        SubsidyApplicationFields fields) {
    }

    /** The body of {@code POST /notices/{id}/responses} (and an enterprise's, under /admin): a kind and its fields. */
    @Schema(name = "ResponseSubmission", description = "A response to a notice: its kind (the notice's responseKind) "
            + "and the fields of that kind",
            oneOf = {RsvpSubmission.class, ApplySubmission.class, SeatBookingSubmission.class,
                    SubsidyApplicationSubmission.class},
            discriminatorProperty = "kind",
            discriminatorMapping = {
                    @DiscriminatorMapping(value = "RSVP", schema = RsvpSubmission.class),
                    @DiscriminatorMapping(value = "APPLY", schema = ApplySubmission.class),
                    @DiscriminatorMapping(value = "SEAT_BOOKING", schema = SeatBookingSubmission.class),
                    @DiscriminatorMapping(value = "SUBSIDY_APPLICATION", schema = SubsidyApplicationSubmission.class)})
    interface ResponseSubmission {
    }
}

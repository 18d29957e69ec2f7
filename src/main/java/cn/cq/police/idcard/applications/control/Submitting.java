package cn.cq.police.idcard.applications.control;

import cn.cq.police.idcard.stations.entity.Station;
import java.time.LocalDate;

/**
 * A clerk is about to submit an application at a station on a day. Fired synchronously before
 * anything is stored: an observer refuses the submission by throwing {@link SubmissionRefused}. The
 * daily close (review component) refuses a closed day this way, which keeps the applications
 * component free of the component that owns the close.
 */
public record Submitting(Station station, LocalDate day) {}

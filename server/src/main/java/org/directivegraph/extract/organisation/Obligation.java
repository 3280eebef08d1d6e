package org.directivegraph.extract.organisation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.directivegraph.extract.Span;

/**
 * Something bodies must do by a date or periodically, usually sending a report or a file to another body.
 *
 * @param bearers       the bodies that must do it, as written (the bodies of the enclosing item)
 * @param action        the clause, whitespace collapsed
 * @param kinds         codes of vocab/obligation-kind (report, submit-plan, submit-files, evaluate)
 * @param addressee     the body it goes to, as written, or null
 * @param intermediary  the body it goes through ("qua Phòng Nội vụ"), or null
 * @param dueDate       the deadline, or null
 * @param deadlineKind  code of vocab/deadline-kind (before, no-later-than, within), or null
 * @param duePeriod     the month it is due within, or null
 * @param recurrences   codes of vocab/recurrence
 * @param span          the clause
 */
public record Obligation(List<String> bearers, String action, List<String> kinds, String addressee, String intermediary,
                         LocalDate dueDate, String deadlineKind, YearMonth duePeriod, List<String> recurrences, Span span) {
}

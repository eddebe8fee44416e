/** The year's deadlines (plan disclosure, results) as data the ministry administrator edits, audited. */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package kr.jobgoal.calendar;

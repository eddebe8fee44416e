/**
 * "내 업무": what a signed-in user has to do, by role (docs/accounts.md). An officer's annual plans and results
 * with their deadlines and what is missing; a provincial reviewer's province drafts awaiting comment; the
 * ministry administrator's menu, also at {@code /admin}. It only reads, through the other modules' public APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "My work")
package kr.jobgoal.work;

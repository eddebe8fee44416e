/** Plans and disclosure (공시): comprehensive and annual job plans, their drafts, disclosed versions and differences. */
@org.springframework.modulith.ApplicationModule(displayName = "Plan")
package kr.jobgoal.plan;

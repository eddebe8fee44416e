/** Who may do what: users, roles and affiliations, login, sessions, API tokens and the audit log. */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package kr.jobgoal.identity;

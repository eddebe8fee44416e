/**
 * The generated demo data set as a whole (docs/demo-data.md): whether any of it is stored (the banner on every
 * page, the {@code Jobgoal-Demo} header on every response) and its removal, by the administrator's page or
 * the {@code --jobgoal.demo.remove} command, each module removing its own rows in one transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package kr.jobgoal.demo;

/** Results (추진실적) against the disclosed plans: append-only result facts, achievement rates and their roll-ups. */
@org.springframework.modulith.ApplicationModule(displayName = "Result")
package kr.jobgoal.result;

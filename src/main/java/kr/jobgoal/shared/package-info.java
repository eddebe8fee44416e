/** Shared kernel: the few types every module speaks (errors users see, periods, the bounds of numbers and the rule for text). */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package kr.jobgoal.shared;

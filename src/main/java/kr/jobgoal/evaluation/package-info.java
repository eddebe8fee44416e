/**
 * The national local-government job awards (전국 지방자치단체 일자리대상): award years, rubrics, scoring,
 * rankings and awards. One scoring engine ({@code scoring}) serves the stored evaluation and the public
 * simulation ({@code api}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation")
package kr.jobgoal.evaluation;

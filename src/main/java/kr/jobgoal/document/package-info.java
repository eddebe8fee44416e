/**
 * Documents to hand out as files: HWPX (한글) documents of a title, paragraphs and label/value tables, built by
 * {@link kr.jobgoal.document.HwpxDocument}. It knows none of the other modules; they say what the document reads.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package kr.jobgoal.document;

/** The public site's shell: layout, language, home page and error pages shared by every module's pages. */
@org.springframework.modulith.ApplicationModule(displayName = "Site")
package kr.jobgoal.site;

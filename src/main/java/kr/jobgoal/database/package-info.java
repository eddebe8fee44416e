/** Where the data lives: an external PostgreSQL, or an embedded one started by the app itself. */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package kr.jobgoal.database;

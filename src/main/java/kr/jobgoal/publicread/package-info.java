/**
 * Public reads at the cost of one primary-key read: a cache of the responses anonymous readers get, valid while
 * the data version held in PostgreSQL stays the same. It listens only to
 * {@link kr.jobgoal.shared.PublicDataChanged} and knows no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public reads")
package kr.jobgoal.publicread;

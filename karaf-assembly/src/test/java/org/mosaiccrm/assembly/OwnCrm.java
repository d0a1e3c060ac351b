package org.mosaiccrm.assembly;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A browser test class that needs a CRM of its own, freshly booted, because what it tests leaves the
 * system changed for others (a module package of a newer version approved, which later installs of
 * that module would take, and its data purged). Every other browser test class shares one CRM.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface OwnCrm {
}

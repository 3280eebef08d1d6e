/**
 * The organisation of implementation (Tổ chức thực hiện): which body does what, in which roles
 * ({@link org.directivegraph.extract.organisation.ResponsibilityReader}).
 */
package org.directivegraph.extract.organisation;

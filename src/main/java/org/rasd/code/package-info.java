/** Code stage: ACLED coding of event mentions — merging, inter codes, precision, confidence, notes. */
package org.rasd.code;

/** Extract stage: sentences → event mentions with arguments, modality and fatalities. */
package org.rasd.extract;

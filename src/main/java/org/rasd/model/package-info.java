/** Plain records shared by every stage: articles in, ACLED-style events out. */
package org.rasd.model;

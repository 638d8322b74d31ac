package org.rasd.text;

/** How a count is hedged: exact, approximate, at least, more than, less than, or a vague quantity word. */
public enum Qualifier { EXACT, APPROX, AT_LEAST, MORE_THAN, LESS_THAN, SEVERAL, DOZENS, HUNDREDS, THOUSANDS }

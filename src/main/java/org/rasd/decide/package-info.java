/**
 * Decisions: the stage after ACLED coding that keeps or drops each coded event. {@link org.rasd.decide.EventFilter}
 * is the seam; {@link org.rasd.decide.EventFilter#NONE} keeps everything (the rules alone), and
 * {@link org.rasd.decide.LearnedEventFilter} is a logistic-regression frame classifier (Tribuo) trained on the
 * annotated corpus by {@code rasd train} ({@link org.rasd.decide.Training}). Features come from
 * {@link org.rasd.decide.EventFeatures}: today's rule outputs (type, trigger, precision codes, date distance,
 * toll, actors, confidence) become evidence the model weighs instead of hard vetoes.
 */
package org.rasd.decide;

/**
 * Lexicon stage: actors, event triggers, modality cues and nationality adjectives as reviewable TSV data
 * (src/main/resources/org/rasd/lexicon), matched clitic- and inflection-tolerantly on tokens.
 * Entry point: {@link org.rasd.lexicon.Lexicon#get()}.
 */
package org.rasd.lexicon;

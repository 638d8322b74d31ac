package org.rasd.text;

/** Coarse token classes. */
public enum TokenKind { WORD, NUMBER, PUNCT, LATIN, SYMBOL }

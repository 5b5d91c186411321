/**
 * Demo data ({@code fugong.demo=true}, never under {@code prod}): enterprises, about two hundred
 * workers with devices, the users official, reviewer and hr (password "demo"), and notices of every
 * type with responses, so a newcomer sees a living console.
 */
package org.fugong.demo;

/**
 * The sandbox's in-memory world: business numbers, customers and their windows, messages, templates,
 * media, faults and counters. Thread-safe and bounded; no HTTP here.
 */
@NullMarked
package io.switchboard.sandbox.state;

import org.jspecify.annotations.NullMarked;

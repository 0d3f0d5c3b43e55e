@NullMarked
package io.switchboard.contacts.web;

import org.jspecify.annotations.NullMarked;

@NullMarked
package io.switchboard.compliance.web;

import org.jspecify.annotations.NullMarked;

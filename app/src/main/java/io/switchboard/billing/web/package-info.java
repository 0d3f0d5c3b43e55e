@NullMarked
package io.switchboard.billing.web;

import org.jspecify.annotations.NullMarked;

package plasma

import (
	"errors"
	"fmt"
)

// Error codes, mapped to HTTP statuses by httpapi.
const (
	EINVALID     = "EINVALID"     // bad input: a rule of the protocol or the API was broken
	ENOTFOUND    = "ENOTFOUND"    // no such thing
	ECONFLICT    = "ECONFLICT"    // valid input that conflicts with current state (nonce, lock)
	EUNAVAILABLE = "EUNAVAILABLE" // try again later (shutting down, not synced, frozen)
	EINTERNAL    = "EINTERNAL"    // a bug or an I/O failure; details are logged, not sent
)

// Error is an application error. Code is one of the E* constants; Rule names
// the protocol rule a rejected input broke (e.g. "nonce", "deadline"), when
// there is one; Message is safe to show to the caller.
type Error struct {
	Code    string
	Rule    string
	Message string
}

func (e *Error) Error() string {
	if e.Rule != "" {
		return fmt.Sprintf("%s: %s: %s", e.Code, e.Rule, e.Message)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

// Errorf returns an *Error with the given code and message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// RuleError returns an EINVALID-class error naming the broken rule.
func RuleError(code, rule, format string, args ...any) *Error {
	return &Error{Code: code, Rule: rule, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of err, EINTERNAL for errors that are not *Error,
// and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorRule returns the rule an *Error names, or "".
func ErrorRule(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Rule
	}
	return ""
}

// ErrorMessage returns the caller-safe message of err; errors that are not
// *Error give a generic message, since their detail may be internal.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}

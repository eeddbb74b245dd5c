package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	plasma "github.com/avlplasma/avlplasma"
)

// errorJSON is every error answer. Rule repeats the protocol rule a refused
// transfer broke (PROTOCOL §3), when the backend named one.
type errorJSON struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Rule    string `json:"rule,omitempty"`
}

// StatusOf is the HTTP status of an error code.
func StatusOf(code string) int {
	switch code {
	case plasma.EINVALID:
		return http.StatusBadRequest
	case plasma.ENOTFOUND:
		return http.StatusNotFound
	case plasma.ECONFLICT:
		return http.StatusConflict
	case plasma.EUNAVAILABLE:
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// statusError is an error answered with a status its code alone does not
// give (413, 405, 404 of the router).
type statusError struct {
	status int
	body   errorJSON
}

func (e *statusError) Error() string { return e.body.Code + ": " + e.body.Message }

const internalMessage = "internal error"

// writeError answers err. Internal errors get a generic message and their
// detail goes to the log only.
func (a *api) writeError(w http.ResponseWriter, r *http.Request, err error) {
	status, body := a.describe(r, err)
	a.writeJSON(w, r, status, body)
}

func (a *api) describe(r *http.Request, err error) (int, errorJSON) {
	var se *statusError
	if errors.As(err, &se) {
		return se.status, se.body
	}
	if errors.Is(err, context.DeadlineExceeded) {
		a.log.Warn().Str("method", r.Method).Str("path", r.URL.Path).AnErr("err", err).Msg("request timed out")
		return http.StatusServiceUnavailable, errorJSON{Code: plasma.EUNAVAILABLE, Message: "request timed out"}
	}
	if errors.Is(err, context.Canceled) && r.Context().Err() != nil {
		// The client left; the answer goes nowhere, but keep it honest.
		return http.StatusServiceUnavailable, errorJSON{Code: plasma.EUNAVAILABLE, Message: "request canceled"}
	}
	code := plasma.ErrorCode(err)
	status := StatusOf(code)
	if status == http.StatusInternalServerError {
		a.log.Error().Str("method", r.Method).Str("path", r.URL.Path).AnErr("err", err).Msg("internal error")
		return status, errorJSON{Code: plasma.EINTERNAL, Message: internalMessage}
	}
	msg, rule := plasma.ErrorMessage(err), plasma.ErrorRule(err)
	if rule != "" && !strings.HasPrefix(msg, rule+":") {
		msg = rule + ": " + msg
	}
	return status, errorJSON{Code: code, Message: msg, Rule: rule}
}

// writeJSON answers v with status. It encodes before writing anything, so
// an encoding failure still yields a clean 500.
func (a *api) writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		a.log.Error().Str("method", r.Method).Str("path", r.URL.Path).AnErr("err", err).Msg("encode answer")
		buf.Reset()
		status = http.StatusInternalServerError
		_ = json.NewEncoder(&buf).Encode(errorJSON{Code: plasma.EINTERNAL, Message: internalMessage})
	}
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

package httpapi

import (
	"context"
	"errors"
	"net/http"
	"runtime/debug"
	"strconv"
	"time"

	"github.com/gorilla/mux"
	"github.com/prometheus/client_golang/prometheus"

	plasma "github.com/avlplasma/avlplasma"
)

// Route labels of requests no route template matched; keeping them fixed
// keeps the metrics' cardinality bounded whatever paths clients send.
const (
	routeUnmatched = "unmatched"
	routePreflight = "preflight"
)

type metrics struct {
	requests *prometheus.CounterVec
	duration *prometheus.HistogramVec
}

func newMetrics(reg prometheus.Registerer) *metrics {
	if reg == nil {
		return nil
	}
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "http_requests_total",
			Help: "HTTP requests answered, by route template and status code.",
		}, []string{"route", "code"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "http_request_duration_seconds",
			Help:    "Time to answer HTTP requests, by route template.",
			Buckets: prometheus.DefBuckets,
		}, []string{"route"}),
	}
	m.requests = register(reg, m.requests)
	m.duration = register(reg, m.duration)
	return m
}

// register registers c, or returns the collector already registered under
// its name, so two routers may share one registry.
func register[C prometheus.Collector](reg prometheus.Registerer, c C) C {
	if err := reg.Register(c); err != nil {
		var are prometheus.AlreadyRegisteredError
		if errors.As(err, &are) {
			if existing, ok := are.ExistingCollector.(C); ok {
				return existing
			}
		}
		panic("httpapi: register metrics: " + err.Error())
	}
	return c
}

// reqInfo carries what inner layers learn about a request back out to
// observe.
type reqInfo struct{ route string }

type reqInfoKey struct{}

// routeLabel is a mux middleware: it runs only for matched routes and
// records their template.
func (a *api) routeLabel(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if info, ok := r.Context().Value(reqInfoKey{}).(*reqInfo); ok {
			if tpl, err := mux.CurrentRoute(r).GetPathTemplate(); err == nil {
				info.route = tpl
			}
		}
		next.ServeHTTP(w, r)
	})
}

// recorder remembers the status written through it.
type recorder struct {
	http.ResponseWriter
	status int
	wrote  bool
}

func (rec *recorder) WriteHeader(status int) {
	if !rec.wrote {
		rec.status, rec.wrote = status, true
	}
	rec.ResponseWriter.WriteHeader(status)
}

func (rec *recorder) Write(b []byte) (int, error) {
	if !rec.wrote {
		rec.status, rec.wrote = http.StatusOK, true
	}
	return rec.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection.
func (rec *recorder) Unwrap() http.ResponseWriter { return rec.ResponseWriter }

// observe is the outermost layer: it recovers panics into a 500 JSON answer,
// logs every request (method, path, route, status, duration; never bodies
// or query strings) and counts it in the metrics.
func (a *api) observe(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		info := &reqInfo{route: routeUnmatched}
		rec := &recorder{ResponseWriter: w}
		r = r.WithContext(context.WithValue(r.Context(), reqInfoKey{}, info))
		defer func() {
			p := recover()
			if p != nil {
				if p == http.ErrAbortHandler { //nolint:errorlint // sentinel compared as net/http does
					panic(p)
				}
				a.log.Error().Str("method", r.Method).Str("path", r.URL.Path).
					Interface("panic", p).Bytes("stack", debug.Stack()).Msg("handler panicked")
				if !rec.wrote {
					a.writeJSON(rec, r, http.StatusInternalServerError, errorJSON{Code: plasma.EINTERNAL, Message: internalMessage})
				} else {
					rec.status = http.StatusInternalServerError
				}
			}
			if !rec.wrote {
				rec.status = http.StatusOK
			}
			elapsed := time.Since(start)
			if a.metrics != nil {
				a.metrics.requests.WithLabelValues(info.route, strconv.Itoa(rec.status)).Inc()
				a.metrics.duration.WithLabelValues(info.route).Observe(elapsed.Seconds())
			}
			// Successful requests at debug (the request metrics count
			// them), refusals at info, failures at warn.
			ev := a.log.Debug()
			switch {
			case rec.status >= 500:
				ev = a.log.Warn()
			case rec.status >= 400:
				ev = a.log.Info()
			}
			ev.Str("method", r.Method).Str("path", r.URL.Path).Str("route", info.route).
				Int("status", rec.status).Dur("duration", elapsed).Msg("http request")
		}()
		next.ServeHTTP(rec, r)
	})
}

// cors lets browsers (wallets, the dashboard) call the API from the
// configured origins. Preflights are answered here, before routing, since
// no route serves OPTIONS.
func (a *api) cors(next http.Handler) http.Handler {
	allowAll := len(a.opts.CORSOrigins) == 0
	allowed := make(map[string]bool, len(a.opts.CORSOrigins))
	for _, o := range a.opts.CORSOrigins {
		if o == "*" {
			allowAll = true
		}
		allowed[o] = true
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		h := w.Header()
		if !allowAll {
			h.Add("Vary", "Origin")
		}
		if origin == "" || !(allowAll || allowed[origin]) {
			next.ServeHTTP(w, r)
			return
		}
		if allowAll {
			h.Set("Access-Control-Allow-Origin", "*")
		} else {
			h.Set("Access-Control-Allow-Origin", origin)
		}
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			if info, ok := r.Context().Value(reqInfoKey{}).(*reqInfo); ok {
				info.route = routePreflight
			}
			h.Set("Access-Control-Allow-Methods", "GET, POST")
			h.Set("Access-Control-Allow-Headers", "Content-Type")
			h.Set("Access-Control-Max-Age", "600")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// deadline bounds the time a request may spend in the backend.
func (a *api) deadline(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), a.opts.RequestTimeout)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

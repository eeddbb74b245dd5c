package httpapi

import (
	_ "embed"
	"errors"
	"io"
	"net/http"
	"time"

	"github.com/gorilla/mux"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	plasma "github.com/avlplasma/avlplasma"
)

// Defaults of Options.
const (
	DefaultMaxBodyBytes   = 64 << 10
	DefaultRequestTimeout = 10 * time.Second
	DefaultPageLimit      = 20
	DefaultMaxPageLimit   = 100
)

// Options tune the API. The zero value is usable: no metrics, a disabled
// logger, CORS open to every origin.
type Options struct {
	Log zerolog.Logger
	// Registerer receives the HTTP metrics; nil disables them. Pass the
	// registry of the metrics listener, never the API's own mux.
	Registerer prometheus.Registerer
	// CORSOrigins are the origins browsers may call the API from; empty
	// means "*". No credentials are ever allowed: the API has no cookies or
	// sessions, a POSTed transfer carries its own authority (the signature),
	// so a wildcard exposes nothing a plain curl could not reach.
	CORSOrigins []string
	// MaxBodyBytes bounds request bodies (413 beyond); 0 = 64 KiB.
	MaxBodyBytes int64
	// RequestTimeout is each request's deadline for the backend; 0 = 10 s.
	RequestTimeout time.Duration
	// MaxPageLimit caps `limit` on lists; 0 = 100. Larger limits are
	// clamped, not refused.
	MaxPageLimit int
}

func (o *Options) fill() {
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if o.RequestTimeout <= 0 {
		o.RequestTimeout = DefaultRequestTimeout
	}
	if o.MaxPageLimit <= 0 {
		o.MaxPageLimit = DefaultMaxPageLimit
	}
}

//go:embed openapi.yaml
var openAPI []byte

// OpenAPI returns the OpenAPI 3 description of the API (openapi.yaml).
func OpenAPI() []byte { return append([]byte(nil), openAPI...) }

type api struct {
	b       Backend
	opts    Options
	log     zerolog.Logger
	metrics *metrics
}

// NewRouter returns the API: the routes of PROTOCOL §10 and the extras
// listed in openapi.yaml, wrapped in request logging, panic recovery,
// metrics, CORS and a per-request deadline.
func NewRouter(b Backend, opts Options) http.Handler {
	opts.fill()
	a := &api{b: b, opts: opts, log: opts.Log, metrics: newMetrics(opts.Registerer)}
	r := a.routes()
	return a.observe(a.cors(a.deadline(r)))
}

func (a *api) routes() *mux.Router {
	// No redirects to cleaned paths: an API client gets a JSON 404 for
	// "/v1//info" rather than a 301 it may not follow.
	r := mux.NewRouter().SkipClean(true)
	get := func(path string, h http.HandlerFunc) { r.HandleFunc(path, h).Methods(http.MethodGet) }
	get("/v1/info", a.info)
	r.HandleFunc("/v1/transfers", a.submitTransfer).Methods(http.MethodPost)
	get("/v1/transfers/{hash}", a.transfer)
	get("/v1/accounts/{owner}", a.account)
	get("/v1/proofs/{owner}/{token}", a.proof)
	get("/v1/blocks", a.blocks)
	get("/v1/blocks/{n}", a.block)
	get("/v1/blocks/{n}/transfers/{i}/proof", a.transferProof)
	get("/v1/exits", a.exits)
	get("/v1/deposits", a.deposits)
	get("/healthz", a.healthz)
	get("/readyz", a.readyz)
	get("/openapi.yaml", a.openapi)
	r.Use(a.routeLabel)
	r.NotFoundHandler = http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		a.writeError(w, req, &statusError{http.StatusNotFound, errorJSON{Code: plasma.ENOTFOUND, Message: "no such route"}})
	})
	r.MethodNotAllowedHandler = http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if allow := allowedMethods(r, req); allow != "" {
			w.Header().Set("Allow", allow)
		}
		a.writeError(w, req, &statusError{http.StatusMethodNotAllowed, errorJSON{Code: plasma.EINVALID, Message: "method: " + req.Method + " not allowed"}})
	})
	return r
}

// allowedMethods lists the methods the router serves at req's path.
func allowedMethods(r *mux.Router, req *http.Request) string {
	allow := ""
	for _, m := range []string{http.MethodGet, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete} {
		probe := req.Clone(req.Context())
		probe.Method = m
		var match mux.RouteMatch
		if r.Match(probe, &match) && match.MatchErr == nil {
			if allow != "" {
				allow += ", "
			}
			allow += m
		}
	}
	return allow
}

// readBody reads a request body of at most MaxBodyBytes.
func (a *api) readBody(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, a.opts.MaxBodyBytes))
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return nil, &statusError{http.StatusRequestEntityTooLarge, errorJSON{
			Code: plasma.EINVALID, Message: "body: larger than " + fmtU64(uint64(tooBig.Limit)) + " bytes"}}
	} else if err != nil {
		return nil, invalid("body", "could not be read")
	}
	return body, nil
}

func (a *api) healthz(w http.ResponseWriter, r *http.Request) {
	a.writeJSON(w, r, http.StatusOK, map[string]string{"status": "ok"})
}

func (a *api) readyz(w http.ResponseWriter, r *http.Request) {
	if err := a.b.Ready(r.Context()); err != nil {
		// Not ready is 503 whatever the backend's code: probers only need
		// to know to send no traffic; the message says why.
		_, body := a.describe(r, err)
		body.Code, body.Rule = plasma.EUNAVAILABLE, ""
		a.writeJSON(w, r, http.StatusServiceUnavailable, body)
		return
	}
	a.writeJSON(w, r, http.StatusOK, map[string]string{"status": "ready"})
}

func (a *api) openapi(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/yaml")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(openAPI)
}

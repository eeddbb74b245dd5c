package httpapi

import (
	"errors"
	stdlog "log"
	"net/http"
	"time"

	"github.com/rs/zerolog"
)

// ServerConfig are the connection limits of the API listener. Zero values
// take the defaults below; they are generous for clients and stingy for
// slow-loris peers.
type ServerConfig struct {
	Addr              string        // e.g. ":8545"
	ReadHeaderTimeout time.Duration // default 5 s
	ReadTimeout       time.Duration // whole request incl. body; default 15 s
	WriteTimeout      time.Duration // default 30 s: above Options.RequestTimeout, so handlers time out first and answer 503
	IdleTimeout       time.Duration // keep-alive; default 120 s
	MaxHeaderBytes    int           // default 32 KiB
}

// Check reports a config that cannot work.
func (c *ServerConfig) Check() error {
	if c.Addr == "" {
		return errors.New("httpapi: listen address is empty")
	}
	if c.ReadHeaderTimeout < 0 || c.ReadTimeout < 0 || c.WriteTimeout < 0 || c.IdleTimeout < 0 || c.MaxHeaderBytes < 0 {
		return errors.New("httpapi: negative server limit")
	}
	return nil
}

// NewServer returns an http.Server serving h with cfg's limits; the caller
// runs ListenAndServe (or Serve) and Shutdown.
func NewServer(cfg ServerConfig, h http.Handler, log zerolog.Logger) *http.Server {
	def := func(d, v time.Duration) time.Duration {
		if d == 0 {
			return v
		}
		return d
	}
	maxHeader := cfg.MaxHeaderBytes
	if maxHeader == 0 {
		maxHeader = 32 << 10
	}
	return &http.Server{
		Addr:              cfg.Addr,
		Handler:           h,
		ReadHeaderTimeout: def(cfg.ReadHeaderTimeout, 5*time.Second),
		ReadTimeout:       def(cfg.ReadTimeout, 15*time.Second),
		WriteTimeout:      def(cfg.WriteTimeout, 30*time.Second),
		IdleTimeout:       def(cfg.IdleTimeout, 120*time.Second),
		MaxHeaderBytes:    maxHeader,
		ErrorLog:          newStdLog(log),
	}
}

// newStdLog routes net/http's own complaints (TLS handshakes, header
// overflows, panics outside the handler) to log.
func newStdLog(log zerolog.Logger) *stdlog.Logger {
	l := log.With().Str("component", "http").Logger()
	return stdlog.New(&l, "", 0)
}

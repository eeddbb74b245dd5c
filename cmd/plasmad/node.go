package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/rs/zerolog"

	"github.com/avlplasma/avlplasma/contracts"
	"github.com/avlplasma/avlplasma/httpapi"
	"github.com/avlplasma/avlplasma/internal/apiserver"
	"github.com/avlplasma/avlplasma/operator"
)

// nodeConfig is a running operator with its API and metrics listeners.
type nodeConfig struct {
	Service     operator.ServiceConfig
	Deployment  *contracts.Deployment
	L1          apiserver.L1
	HTTPAddr    string // REST API; port 0 picks one (see node.APIURL)
	MetricsAddr string // Prometheus; empty = off
	Log         zerolog.Logger
}

// node is the operator service, the REST API and the metrics listener,
// started in that order and stopped in reverse.
type node struct {
	Service *operator.Service
	Backend *apiserver.Backend
	APIURL  string
	Metrics string // metrics URL, or ""

	log   zerolog.Logger
	stops []func(context.Context) error
}

func startNode(ctx context.Context, cfg nodeConfig) (_ *node, err error) {
	n := &node{log: cfg.Log}
	defer func() {
		if err != nil {
			_ = n.Stop(context.Background())
		}
	}()
	// One fresh registry: the operator's and the API's metrics plus the Go
	// runtime.
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	cfg.Service.Registerer = reg
	svc, err := operator.NewService(cfg.Service, cfg.Log)
	if err != nil {
		return nil, err
	}
	if err := svc.Start(ctx); err != nil {
		return nil, err
	}
	n.Service = svc
	n.stops = append(n.stops, svc.Stop)

	minFee := cfg.Service.MinFee
	n.Backend, err = apiserver.New(apiserver.Config{
		Sequencer: svc.Sequencer(), L1: cfg.L1, Contract: cfg.Deployment.PlasmaChain,
		DeploymentBlock: cfg.Deployment.Block, DeployTime: cfg.Deployment.DeployTime,
		ChainID: cfg.Deployment.ChainID, Operator: cfg.Service.Operator.From, MinFee: minFee,
		MinDeadlineMargin: uint64(cfg.Service.MinDeadlineMargin / time.Second),
		Ready:             svc.Ready, Log: cfg.Log.With().Str("part", "api").Logger(),
	})
	if err != nil {
		return nil, err
	}

	if cfg.MetricsAddr != "" {
		mux := http.NewServeMux()
		mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
		url, stop, err := serve(cfg.MetricsAddr, mux, cfg.Log)
		if err != nil {
			return nil, fmt.Errorf("metrics listener: %w", err)
		}
		n.Metrics = url + "/metrics"
		n.stops = append(n.stops, stop)
	}
	h := httpapi.NewRouter(n.Backend, httpapi.Options{Log: cfg.Log.With().Str("part", "http").Logger(), Registerer: reg})
	url, stop, err := serve(cfg.HTTPAddr, h, cfg.Log)
	if err != nil {
		return nil, fmt.Errorf("API listener: %w", err)
	}
	n.APIURL = url
	n.stops = append(n.stops, stop)
	return n, nil
}

// serve listens on addr and serves h until the returned stop.
func serve(addr string, h http.Handler, log zerolog.Logger) (string, func(context.Context) error, error) {
	cfg := httpapi.ServerConfig{Addr: addr}
	if err := cfg.Check(); err != nil {
		return "", nil, err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", nil, err
	}
	srv := httpapi.NewServer(cfg, h, log)
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error().Err(err).Str("addr", addr).Msg("listener failed")
		}
	}()
	return "http://" + ln.Addr().String(), srv.Shutdown, nil
}

// Stop stops what started, last first.
func (n *node) Stop(ctx context.Context) error {
	var errs []error
	for i := len(n.stops) - 1; i >= 0; i-- {
		errs = append(errs, n.stops[i](ctx))
	}
	n.stops = nil
	return errors.Join(errs...)
}

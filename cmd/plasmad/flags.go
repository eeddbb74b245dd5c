package main

import (
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
	"time"

	"github.com/rs/zerolog"
	"github.com/urfave/cli/v2"

	"github.com/avlplasma/avlplasma/operator"
)

// Flags shared by the subcommands, geth-style names.
var (
	l1RPCFlag             = &cli.StringFlag{Name: "l1.rpc", Usage: "L1 JSON-RPC URL", EnvVars: envVar("l1.rpc")}
	logLevelFlag          = &cli.StringFlag{Name: "log.level", Value: "info", Usage: "log level: trace, debug, info, warn, error", EnvVars: envVar("log.level")}
	metricsAddrFlag       = &cli.StringFlag{Name: "metrics.addr", Usage: "serve Prometheus metrics on this address (off when empty)", EnvVars: envVar("metrics.addr")}
	httpAddrFlag          = &cli.StringFlag{Name: "http.addr", Value: "127.0.0.1:8080", Usage: "REST API listen address", EnvVars: envVar("http.addr")}
	dataDirFlag           = &cli.StringFlag{Name: "datadir", Usage: "operator data directory (ledger, blocks, accept log)", EnvVars: envVar("datadir")}
	deploymentFlag        = &cli.StringFlag{Name: "deployment", Usage: "deployment JSON written by `plasmad deploy`", EnvVars: envVar("deployment")}
	keystoreFlag          = &cli.StringFlag{Name: "keystore", Usage: "operator key: an encrypted keystore (JSON) file", EnvVars: envVar("keystore")}
	passwordFileFlag      = &cli.StringFlag{Name: "password-file", Usage: "file holding the keystore password", EnvVars: envVar("password-file")}
	privateKeyFlag        = &cli.StringFlag{Name: "private-key", Usage: "operator key as hex (dev only: needs --dev)", EnvVars: envVar("private-key")}
	devFlag               = &cli.BoolFlag{Name: "dev", Usage: "allow dev-only options such as --private-key", EnvVars: envVar("dev")}
	confirmationsFlag     = &cli.Uint64Flag{Name: "confirmations", Value: 12, Usage: "L1 blocks deep before events are acted on and commits are final (PROTOCOL default 12; the dev chain uses 0)", EnvVars: envVar("confirmations")}
	blockTimeFlag         = &cli.DurationFlag{Name: "block-time", Value: operator.DefaultBlockTime, Usage: "seal a block this long after the previous one", EnvVars: envVar("block-time")}
	maxBlockTxsFlag       = &cli.IntFlag{Name: "max-block-txs", Value: operator.DefaultMaxBlockTxs, Usage: "transfers per block at most", EnvVars: envVar("max-block-txs")}
	minFeeFlag            = &cli.StringFlag{Name: "min-fee", Value: "0", Usage: "lowest fee accepted, in the token's base unit (decimal)", EnvVars: envVar("min-fee")}
	minDeadlineMarginFlag = &cli.DurationFlag{Name: "min-deadline-margin", Value: time.Duration(operator.DefaultMinDeadlineMargin) * time.Second, Usage: "a transfer's deadline must be at least this far ahead at acceptance", EnvVars: envVar("min-deadline-margin")}
	heartbeatFlag         = &cli.DurationFlag{Name: "heartbeat", Usage: "commit an empty block when L1 saw no commit for this long (0 = the deployment's heartbeat)", EnvVars: envVar("heartbeat")}
)

// newLogger returns the process logger: console output in dev, JSON
// otherwise.
func newLogger(w io.Writer, level string, console bool) (zerolog.Logger, error) {
	lvl, err := zerolog.ParseLevel(level)
	if err != nil {
		return zerolog.Nop(), fmt.Errorf("--log.level: %w", err)
	}
	if w == nil {
		w = os.Stderr
	}
	if console {
		w = zerolog.ConsoleWriter{Out: w, TimeFormat: time.TimeOnly}
	}
	return zerolog.New(w).Level(lvl).With().Timestamp().Logger(), nil
}

func splitHostPort(addr string) (string, int, error) {
	host, p, err := net.SplitHostPort(addr)
	if err != nil {
		return "", 0, err
	}
	port, err := strconv.Atoi(p)
	return host, port, err
}

# AVL Plasma. `make test` runs every test; it installs what the tests need
# (solc and OpenZeppelin from npm, geth built from our go-ethereum
# dependency) through the scripts below.
GO        ?= go
FUZZTIME  ?= 5000x
PKGS      := ./...

.PHONY: all build test unit fuzz generate check-generated lint bench gas deps clean

all: build

build:
	$(GO) build ./...

deps:
	bash scripts/deps.sh

generate: deps
	$(GO) generate ./contracts/...

# The committed artifacts and bindings must equal a fresh generation; status
# --porcelain also catches generated files that are new (untracked) or gone.
check-generated: generate
	@out=$$(git status --porcelain -- contracts/artifacts contracts/bindings); \
	if [ -n "$$out" ] || ! git diff --quiet -- contracts/; then \
		echo "$$out"; git diff --stat -- contracts/; \
		echo "contract artifacts or bindings are stale: run 'make generate' and commit"; exit 1; fi

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)

unit: deps
	$(GO) test -count=1 -timeout 20m $(PKGS)

fuzz:
	bash scripts/fuzz.sh $(FUZZTIME)

test: lint check-generated unit fuzz

bench:
	$(GO) run ./cmd/plasmad bench

gas: deps
	$(GO) run ./cmd/plasmad gas

clean:
	rm -rf contracts/node_modules

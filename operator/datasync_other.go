//go:build !linux

package operator

import "os"

func datasync(f *os.File) error { return f.Sync() }

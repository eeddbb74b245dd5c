package avl

import (
	"bytes"
	"fmt"
	"slices"
	"testing"
)

func TestStore(t *testing.T) {
	for _, backend := range []string{BackendGoLevelDB, BackendPebble} {
		t.Run(backend, func(t *testing.T) { testStore(t, backend) })
	}
}

func collect(t *testing.T, s *Store, start, end []byte) []string {
	t.Helper()
	var out []string
	if err := s.Iterate(start, end, func(k, v []byte) bool {
		out = append(out, fmt.Sprintf("%s=%s", k, v))
		return true
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

func testStore(t *testing.T, backend string) {
	dir := t.TempDir()
	s, err := OpenStore(dir, backend)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := s.Get([]byte("a")); v != nil || err != nil {
		t.Fatalf("Get of absent key = %q, %v", v, err)
	}

	b := s.NewBatch()
	for _, k := range []string{"a", "b", "c", "d", "e"} {
		b.Set([]byte(k), []byte("v"+k))
	}
	b.Set([]byte("empty"), nil)
	// Nothing is visible before Write.
	if v, _ := s.Get([]byte("a")); v != nil {
		t.Fatalf("batch visible before Write: %q", v)
	}
	if err := b.Write(); err != nil {
		t.Fatal(err)
	}
	if err := b.Write(); err == nil {
		t.Fatal("second Write of a batch succeeded")
	}
	if v, _ := s.Get([]byte("c")); !bytes.Equal(v, []byte("vc")) {
		t.Fatalf("Get(c) = %q", v)
	}
	if v, err := s.Get([]byte("empty")); v == nil || len(v) != 0 || err != nil {
		t.Fatalf("Get(empty) = %q (nil %v), %v; want present and empty", v, v == nil, err)
	}

	b = s.NewBatch()
	b.Delete([]byte("b"))
	b.Set([]byte("d"), []byte("vd2"))
	if err := b.Write(); err != nil {
		t.Fatal(err)
	}

	check := func(s *Store) {
		t.Helper()
		if got, want := collect(t, s, nil, nil), []string{"a=va", "c=vc", "d=vd2", "e=ve", "empty="}; !slices.Equal(got, want) {
			t.Errorf("Iterate(nil, nil) = %v, want %v", got, want)
		}
		if got, want := collect(t, s, []byte("b"), []byte("e")), []string{"c=vc", "d=vd2"}; !slices.Equal(got, want) {
			t.Errorf("Iterate(b, e) = %v, want %v", got, want)
		}
		if got, want := collect(t, s, []byte("c"), nil), []string{"c=vc", "d=vd2", "e=ve", "empty="}; !slices.Equal(got, want) {
			t.Errorf("Iterate(c, nil) = %v, want %v", got, want)
		}
		if got, want := collect(t, s, []byte{}, []byte("c")), []string{"a=va"}; !slices.Equal(got, want) {
			t.Errorf("Iterate([], c) = %v, want %v", got, want)
		}
		if got := collect(t, s, []byte("d"), []byte("d")); len(got) != 0 {
			t.Errorf("Iterate(d, d) = %v, want nothing", got)
		}
		if got := collect(t, s, []byte("e"), []byte("a")); len(got) != 0 {
			t.Errorf("Iterate(e, a) = %v, want nothing", got)
		}
		if got := collect(t, s, nil, []byte{}); len(got) != 0 {
			t.Errorf("Iterate(nil, []) = %v, want nothing", got)
		}
		var n int
		if err := s.Iterate(nil, nil, func(k, v []byte) bool { n++; return n < 2 }); err != nil || n != 2 {
			t.Errorf("Iterate stopped after %d calls (%v), want 2", n, err)
		}
		if v, _ := s.Get([]byte("b")); v != nil {
			t.Errorf("deleted key b = %q", v)
		}
	}
	check(s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = OpenStore(dir, backend)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	check(s)

	// A batch with an invalid (empty) key fails as a whole.
	b = s.NewBatch()
	b.Set([]byte("z"), []byte("z"))
	b.Set(nil, []byte("x"))
	if err := b.Write(); err == nil {
		t.Fatal("batch with an empty key was written")
	}
	if v, _ := s.Get([]byte("z")); v != nil {
		t.Fatalf("part of a failed batch was written: %q", v)
	}
}

func TestOpenStoreErrors(t *testing.T) {
	if _, err := OpenStore(t.TempDir(), "rocksdb"); err == nil {
		t.Error("unknown backend accepted")
	}
	if _, err := OpenStore("", ""); err == nil {
		t.Error("empty directory accepted")
	}
}

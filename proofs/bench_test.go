package proofs

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func BenchmarkTransferDigest(b *testing.B) {
	tr, _ := signedTransfer(b)
	b.ReportAllocs()
	for b.Loop() {
		testDomain.TransferDigest(tr)
	}
}

func BenchmarkRecoverSigner(b *testing.B) {
	tr, digest := signedTransfer(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := RecoverSigner(digest, tr.Signature); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTransferDigestAndRecover is the signature cost per transfer:
// its EIP-712 digest, then public-key recovery.
func BenchmarkTransferDigestAndRecover(b *testing.B) {
	tr, _ := signedTransfer(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := RecoverSigner(testDomain.TransferDigest(tr), tr.Signature); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVerifyTransferSignature is the sequencer's per-transfer cost:
// digest, then recovery and comparison.
func BenchmarkVerifyTransferSignature(b *testing.B) {
	tr, _ := signedTransfer(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := testDomain.VerifyTransferSignature(tr); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerifyTransferSignatureParallel(b *testing.B) {
	tr, _ := signedTransfer(b)
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if err := testDomain.VerifyTransferSignature(tr); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

func BenchmarkVerifyPacked(b *testing.B) {
	tt := buildTree(b, 1000, 1)
	k := tt.keys[500]
	v := tt.vals[string(k)]
	p := tt.packed(b, k)
	b.ReportAllocs()
	for b.Loop() {
		if err := VerifyPacked(tt.root, k, v, p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTxRoot1000(b *testing.B) {
	leaves := make([]common.Hash, 1000)
	for i := range leaves {
		leaves[i][0], leaves[i][1] = byte(i), byte(i>>8)
	}
	b.ReportAllocs()
	for b.Loop() {
		TxRoot(leaves)
	}
}

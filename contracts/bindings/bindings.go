// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// PlasmaChainConfig is an auto generated low-level Go binding around an user-defined struct.
type PlasmaChainConfig struct {
	Operator        common.Address
	ChallengePeriod uint64
	ExitBond        *big.Int
	ChallengeReward *big.Int
	MinRequestBond  *big.Int
	AnswerGas       uint64
	ResponseWindow  uint64
	RequestMaxAge   uint64
	MaxCommitGap    uint64
	OpsTimeout      uint64
	MaxSealLag      uint64
	OpsRing         uint64
}

// PlasmaChainHeader is an auto generated low-level Go binding around an user-defined struct.
type PlasmaChainHeader struct {
	Number    uint64
	StateRoot [32]byte
	TxRoot    [32]byte
	OpsCursor uint64
	OpsHash   [32]byte
	Timestamp uint64
}

// PlasmaChainLeaf is an auto generated low-level Go binding around an user-defined struct.
type PlasmaChainLeaf struct {
	Balance *big.Int
	Nonce   uint64
	Spent   *big.Int
}

// PlasmaChainTransfer is an auto generated low-level Go binding around an user-defined struct.
type PlasmaChainTransfer struct {
	From     common.Address
	To       common.Address
	Token    common.Address
	Amount   *big.Int
	Nonce    uint64
	Fee      *big.Int
	Spent    *big.Int
	Deadline uint64
}

// IAVLVerifierHarnessMetaData contains all meta data concerning the IAVLVerifierHarness contract.
var IAVLVerifierHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"value\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"left\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"right\",\"type\":\"bytes\"}],\"name\":\"verifyAbsent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes[]\",\"name\":\"keys\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes[]\",\"name\":\"lefts\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes[]\",\"name\":\"rights\",\"type\":\"bytes[]\"}],\"name\":\"verifyAbsentBatch\",\"outputs\":[{\"internalType\":\"bool[]\",\"name\":\"out\",\"type\":\"bool[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyAbsentEncoded\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"left\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"right\",\"type\":\"bytes\"}],\"name\":\"verifyAbsentGas\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes[]\",\"name\":\"keys\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes[]\",\"name\":\"values\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes[]\",\"name\":\"proofs\",\"type\":\"bytes[]\"}],\"name\":\"verifyBatch\",\"outputs\":[{\"internalType\":\"bool[]\",\"name\":\"out\",\"type\":\"bool[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"value\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyGas\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "25b94821885bf638a440eab526419c5d4e",
	Bin: "0x6080604052348015600e575f5ffd5b506113638061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c8063a90e34b011610058578063a90e34b0146100dd578063c658da5114610107578063c8724c8a1461011a578063ccd0300d1461012d575f5ffd5b80630ba289221461007e578063101d34ee146100a7578063274547a5146100ca575b5f5ffd5b61009161008c366004610fba565b610140565b60405161009e9190611084565b60405180910390f35b6100ba6100b5366004611165565b6102f4565b604051901515815260200161009e565b6100ba6100d83660046111fa565b61030c565b6100f06100eb366004611165565b610318565b60408051921515835260208301919091520161009e565b6100ba610115366004611165565b610343565b6100f0610128366004611165565b610350565b61009161013b366004610fba565b610362565b6060876001600160401b0381111561015a5761015a6110c8565b604051908082528060200260200182016040528015610183578160200160208202803683370190505b5090505f5b888110156102e7576102bd8a8a838181106101a5576101a5611265565b905060200201358989848181106101be576101be611265565b90506020028101906101d09190611279565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508b92508a915086905081811061021857610218611265565b905060200281019061022a9190611279565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a925089915087905081811061027257610272611265565b90506020028101906102849190611279565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061050992505050565b8282815181106102cf576102cf611265565b91151560209283029190910190910152600101610188565b5098975050505050505050565b5f61030185858585610509565b90505b949350505050565b5f610304848484610618565b5f5f5f5a905061032a8787878761063f565b92505a61033790826112cf565b91505094509492505050565b5f6103018585858561063f565b5f5f5f5a905061032a87878787610509565b6060876001600160401b0381111561037c5761037c6110c8565b6040519080825280602002602001820160405280156103a5578160200160208202803683370190505b5090505f5b888110156102e7576104df8a8a838181106103c7576103c7611265565b905060200201358989848181106103e0576103e0611265565b90506020028101906103f29190611279565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508b92508a915086905081811061043a5761043a611265565b905060200281019061044c9190611279565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a925089915087905081811061049457610494611265565b90506020028101906104a69190611279565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061063f92505050565b8282815181106104f1576104f1611265565b911515602092830291909101909101526001016103aa565b5f82515f14801561051957508151155b1561054757507fe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8558414610304565b60608084515f1461058d5760605f61055f8988610667565b955092509050801580610579575061057782896106bf565b155b1561058a575f945050505050610304565b50505b8351156105cf5760605f6105a18987610667565b9450925090508015806105bb57506105b988836106bf565b155b156105cc575f945050505050610304565b50505b83515f036105ee576105e5825f84516001610735565b92505050610304565b84515f03610603576105e5815f83515f610735565b61060d8282610778565b979650505050505050565b5f5f5f5f6106258561086f565b92509250925082801561060d575061060d87878484610509565b5f5f5f61064e8686865f6108a4565b509150915081801561060d575090951495945050505050565b5f60608060608061067786610971565b9297509095509250905084610690575f945050506106b8565b5f61069e85848460016108a4565b91975090945090508580156106b257508781145b95505050505b9250925092565b5f8251825181808210156106d05750805b81831093505f92505b8083101561072c5782602087010151915082602086010151838203602081101561070f57600860208290030293841c939190911c905b50808314610720578210935061072c565b506020830192506106d9565b50505092915050565b6001835b8381101561076f576001810160051b8601518381515f1a6001018201515f1a14610766575f92505061076f565b50600101610739565b50949350505050565b815181515f91905b5f81115f831116156107d9578160051b8501518160051b85015181515f1a601e036008026020820151811c6020840151821c148251845114166107c5575050506107d9565b505050600182039150600181039050610780565b8115806107e4575080155b156107f3575f92505050610869565b6107fc826112e2565b9150610807816112e2565b905061081f85836108198160016112f7565b5f610735565b801561083d575061083d84826108368160016112f7565b6001610735565b80156108515750610851855f846001610735565b80156108645750610864845f835f610735565b925050505b92915050565b5f6060805f5f6108808660026109ae565b509196509250905084610897575f9450505061089d565b90925090505b9193909250565b5f5f6060805f6108b5898989610aaf565b92975090955092509050846108d257505f93508392506109679050565b865187016020015f871561093d5760256108ec84846112cf565b6108f6919061130a565b6001600160401b0381111561090d5761090d6110c8565b604051908082528060200260200182016040528015610936578160200160208202803683370190505b5094508490505b602084015f61094f8883878787610ccf565b919a50985090508915610960578087525b5050505050505b9450945094915050565b5f60608060605f5f5f6109858860036109ae565b929950909450925090508661099f575f96505050506109a7565b919450925090505b9193509193565b5f5f5f5f855160208701602087028083101596505f5b888110881615610a9757602081028301518281146109e5575f985050610a97565b846020820111156109f9575f985050610a97565b6020810185038185015181811115610a16575f9a50505050610a97565b601f8101601f191682811115610a32575f9b5050505050610a97565b601f821692508215610a5a57808488010151836008021b15610a5a575f9b5050505050610a97565b848015610a735760018114610a7d578488019950610a83565b8488019b50610a83565b8488019a505b5092909201602001935050506001016109c4565b50828114610aa3575f96505b50505092959194509250565b5f5f60605f86515f1480610ac257508551155b80610acc57508451155b15610ade57505f925082915081610cc6565b50602084015160218501805190915f90811a91901a811580610b0c575060018751610b0991906112cf565b82115b80610b1657508015155b15610b2c57505f9450849350839150610cc69050565b5f610b4084610b3b85826112f7565b610cfa565b9150610b4e905083856112f7565b8114610b6657505f9550859450849250610cc6915050565b50508751610b759060606112f7565b6001600160401b03811115610b8c57610b8c6110c8565b6040519080825280601f01601f191660200182016040528015610bb6576020820181803683370190505b5092505f600288604051610bca9190611329565b602060405180830381855afa158015610be5573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610c08919061133f565b90508851602085018385825e838101825b607f811115610c3a576080607f82161782536001919091019060071c610c19565b808253506001018260208d01825e8201602081536001810184905203602101855250604051600290610c6d908690611329565b602060405180830381855afa158015610c88573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610cab919061133f565b945060018585610cbb85876112f7565b955095509550955050505b93509350935093565b5f8080610da880610ce78a8a8a8a8a63ffffffff8716565b9450945094505050955095509592505050565b5f82815b6003811015610da0575f5f5b858410610d19575f9350610d7f565b83515f1a60018501945060018111600983141615610d3a575f945050610d7f565b607f8116826007021b831792506001820191506080811015610d79578015600183111615610d66575f94505b6001831615610d73575f94505b50610d7f565b50610d0a565b5082610d8b5750610da0565b81610d97578060011c93505b50600101610cfe565b509250929050565b60015f807f80808080808080808080808080808080808080808080808080808080808080807f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f845b87891015610f635788515f1a8989036022820111600b821160038310171760018b01515f19836008021c1980878319161660018103811660018103811690506001810381168115178517945050607f83600187031a1184179350818160081c600160ff1b171691508160071c831684179350878788851601168219811983161685179450505050805f1a607f811115610eba57505f805b600a811015610eb85782811a607f8116826007021b831792506080811015610eaf5750610eb8565b50600101610e87565b505b848160011c10831792505080831a60018111831792508215610ee2575f995050505050610f63565b6001880197508a15610ef7578c8860051b8c01525b908d528b830160020151838e0192509060208353808015610f23578260018501528f6022850152610f30565b8f60018501528260228501525b505050602060218201535060205f604283018d60025afa610f4f575f5ffd5b5f519b509890980160220197600101610df0565b5093999197509095505050505050565b5f5f83601f840112610f83575f5ffd5b5081356001600160401b03811115610f99575f5ffd5b6020830191508360208260051b8501011115610fb3575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f6080898b031215610fd1575f5ffd5b88356001600160401b03811115610fe6575f5ffd5b610ff28b828c01610f73565b90995097505060208901356001600160401b03811115611010575f5ffd5b61101c8b828c01610f73565b90975095505060408901356001600160401b0381111561103a575f5ffd5b6110468b828c01610f73565b90955093505060608901356001600160401b03811115611064575f5ffd5b6110708b828c01610f73565b999c989b5096995094979396929594505050565b602080825282518282018190525f918401906040840190835b818110156110bd578351151583526020938401939092019160010161109d565b509095945050505050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f8301126110eb575f5ffd5b81356001600160401b03811115611104576111046110c8565b604051601f8201601f19908116603f011681016001600160401b0381118282101715611132576111326110c8565b604052818152838201602001851015611149575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f60808587031215611178575f5ffd5b8435935060208501356001600160401b03811115611194575f5ffd5b6111a0878288016110dc565b93505060408501356001600160401b038111156111bb575f5ffd5b6111c7878288016110dc565b92505060608501356001600160401b038111156111e2575f5ffd5b6111ee878288016110dc565b91505092959194509250565b5f5f5f6060848603121561120c575f5ffd5b8335925060208401356001600160401b03811115611228575f5ffd5b611234868287016110dc565b92505060408401356001600160401b0381111561124f575f5ffd5b61125b868287016110dc565b9150509250925092565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e1984360301811261128e575f5ffd5b8301803591506001600160401b038211156112a7575f5ffd5b602001915036819003821315610fb3575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b81810381811115610869576108696112bb565b5f816112f0576112f06112bb565b505f190190565b80820180821115610869576108696112bb565b5f8261132457634e487b7160e01b5f52601260045260245ffd5b500490565b5f82518060208501845e5f920191825250919050565b5f6020828403121561134f575f5ffd5b505191905056fea164736f6c634300081e000a",
}

// IAVLVerifierHarness is an auto generated Go binding around an Ethereum contract.
type IAVLVerifierHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IAVLVerifierHarness) GetABI() abi.ABI {
	return c.abi
}

// NewIAVLVerifierHarness creates a new instance of IAVLVerifierHarness.
func NewIAVLVerifierHarness() *IAVLVerifierHarness {
	parsed, err := IAVLVerifierHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IAVLVerifierHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IAVLVerifierHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc658da51.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(bytes32 root, bytes key, bytes value, bytes proof) pure returns(bool)
func (iAVLVerifierHarness *IAVLVerifierHarness) PackVerify(root [32]byte, key []byte, value []byte, proof []byte) []byte {
	enc, err := iAVLVerifierHarness.abi.Pack("verify", root, key, value, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc658da51.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(bytes32 root, bytes key, bytes value, bytes proof) pure returns(bool)
func (iAVLVerifierHarness *IAVLVerifierHarness) TryPackVerify(root [32]byte, key []byte, value []byte, proof []byte) ([]byte, error) {
	return iAVLVerifierHarness.abi.Pack("verify", root, key, value, proof)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc658da51.
//
// Solidity: function verify(bytes32 root, bytes key, bytes value, bytes proof) pure returns(bool)
func (iAVLVerifierHarness *IAVLVerifierHarness) UnpackVerify(data []byte) (bool, error) {
	out, err := iAVLVerifierHarness.abi.Unpack("verify", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifyAbsent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x101d34ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyAbsent(bytes32 root, bytes key, bytes left, bytes right) pure returns(bool)
func (iAVLVerifierHarness *IAVLVerifierHarness) PackVerifyAbsent(root [32]byte, key []byte, left []byte, right []byte) []byte {
	enc, err := iAVLVerifierHarness.abi.Pack("verifyAbsent", root, key, left, right)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyAbsent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x101d34ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyAbsent(bytes32 root, bytes key, bytes left, bytes right) pure returns(bool)
func (iAVLVerifierHarness *IAVLVerifierHarness) TryPackVerifyAbsent(root [32]byte, key []byte, left []byte, right []byte) ([]byte, error) {
	return iAVLVerifierHarness.abi.Pack("verifyAbsent", root, key, left, right)
}

// UnpackVerifyAbsent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x101d34ee.
//
// Solidity: function verifyAbsent(bytes32 root, bytes key, bytes left, bytes right) pure returns(bool)
func (iAVLVerifierHarness *IAVLVerifierHarness) UnpackVerifyAbsent(data []byte) (bool, error) {
	out, err := iAVLVerifierHarness.abi.Unpack("verifyAbsent", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifyAbsentBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ba28922.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyAbsentBatch(bytes32[] roots, bytes[] keys, bytes[] lefts, bytes[] rights) pure returns(bool[] out)
func (iAVLVerifierHarness *IAVLVerifierHarness) PackVerifyAbsentBatch(roots [][32]byte, keys [][]byte, lefts [][]byte, rights [][]byte) []byte {
	enc, err := iAVLVerifierHarness.abi.Pack("verifyAbsentBatch", roots, keys, lefts, rights)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyAbsentBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ba28922.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyAbsentBatch(bytes32[] roots, bytes[] keys, bytes[] lefts, bytes[] rights) pure returns(bool[] out)
func (iAVLVerifierHarness *IAVLVerifierHarness) TryPackVerifyAbsentBatch(roots [][32]byte, keys [][]byte, lefts [][]byte, rights [][]byte) ([]byte, error) {
	return iAVLVerifierHarness.abi.Pack("verifyAbsentBatch", roots, keys, lefts, rights)
}

// UnpackVerifyAbsentBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ba28922.
//
// Solidity: function verifyAbsentBatch(bytes32[] roots, bytes[] keys, bytes[] lefts, bytes[] rights) pure returns(bool[] out)
func (iAVLVerifierHarness *IAVLVerifierHarness) UnpackVerifyAbsentBatch(data []byte) ([]bool, error) {
	out, err := iAVLVerifierHarness.abi.Unpack("verifyAbsentBatch", data)
	if err != nil {
		return *new([]bool), err
	}
	out0 := *abi.ConvertType(out[0], new([]bool)).(*[]bool)
	return out0, nil
}

// PackVerifyAbsentEncoded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x274547a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyAbsentEncoded(bytes32 root, bytes key, bytes proof) pure returns(bool)
func (iAVLVerifierHarness *IAVLVerifierHarness) PackVerifyAbsentEncoded(root [32]byte, key []byte, proof []byte) []byte {
	enc, err := iAVLVerifierHarness.abi.Pack("verifyAbsentEncoded", root, key, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyAbsentEncoded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x274547a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyAbsentEncoded(bytes32 root, bytes key, bytes proof) pure returns(bool)
func (iAVLVerifierHarness *IAVLVerifierHarness) TryPackVerifyAbsentEncoded(root [32]byte, key []byte, proof []byte) ([]byte, error) {
	return iAVLVerifierHarness.abi.Pack("verifyAbsentEncoded", root, key, proof)
}

// UnpackVerifyAbsentEncoded is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x274547a5.
//
// Solidity: function verifyAbsentEncoded(bytes32 root, bytes key, bytes proof) pure returns(bool)
func (iAVLVerifierHarness *IAVLVerifierHarness) UnpackVerifyAbsentEncoded(data []byte) (bool, error) {
	out, err := iAVLVerifierHarness.abi.Unpack("verifyAbsentEncoded", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifyAbsentGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8724c8a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyAbsentGas(bytes32 root, bytes key, bytes left, bytes right) view returns(bool ok, uint256 gasUsed)
func (iAVLVerifierHarness *IAVLVerifierHarness) PackVerifyAbsentGas(root [32]byte, key []byte, left []byte, right []byte) []byte {
	enc, err := iAVLVerifierHarness.abi.Pack("verifyAbsentGas", root, key, left, right)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyAbsentGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8724c8a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyAbsentGas(bytes32 root, bytes key, bytes left, bytes right) view returns(bool ok, uint256 gasUsed)
func (iAVLVerifierHarness *IAVLVerifierHarness) TryPackVerifyAbsentGas(root [32]byte, key []byte, left []byte, right []byte) ([]byte, error) {
	return iAVLVerifierHarness.abi.Pack("verifyAbsentGas", root, key, left, right)
}

// VerifyAbsentGasOutput serves as a container for the return parameters of contract
// method VerifyAbsentGas.
type VerifyAbsentGasOutput struct {
	Ok      bool
	GasUsed *big.Int
}

// UnpackVerifyAbsentGas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc8724c8a.
//
// Solidity: function verifyAbsentGas(bytes32 root, bytes key, bytes left, bytes right) view returns(bool ok, uint256 gasUsed)
func (iAVLVerifierHarness *IAVLVerifierHarness) UnpackVerifyAbsentGas(data []byte) (VerifyAbsentGasOutput, error) {
	out, err := iAVLVerifierHarness.abi.Unpack("verifyAbsentGas", data)
	outstruct := new(VerifyAbsentGasOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Ok = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.GasUsed = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackVerifyBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccd0300d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyBatch(bytes32[] roots, bytes[] keys, bytes[] values, bytes[] proofs) pure returns(bool[] out)
func (iAVLVerifierHarness *IAVLVerifierHarness) PackVerifyBatch(roots [][32]byte, keys [][]byte, values [][]byte, proofs [][]byte) []byte {
	enc, err := iAVLVerifierHarness.abi.Pack("verifyBatch", roots, keys, values, proofs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccd0300d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyBatch(bytes32[] roots, bytes[] keys, bytes[] values, bytes[] proofs) pure returns(bool[] out)
func (iAVLVerifierHarness *IAVLVerifierHarness) TryPackVerifyBatch(roots [][32]byte, keys [][]byte, values [][]byte, proofs [][]byte) ([]byte, error) {
	return iAVLVerifierHarness.abi.Pack("verifyBatch", roots, keys, values, proofs)
}

// UnpackVerifyBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xccd0300d.
//
// Solidity: function verifyBatch(bytes32[] roots, bytes[] keys, bytes[] values, bytes[] proofs) pure returns(bool[] out)
func (iAVLVerifierHarness *IAVLVerifierHarness) UnpackVerifyBatch(data []byte) ([]bool, error) {
	out, err := iAVLVerifierHarness.abi.Unpack("verifyBatch", data)
	if err != nil {
		return *new([]bool), err
	}
	out0 := *abi.ConvertType(out[0], new([]bool)).(*[]bool)
	return out0, nil
}

// PackVerifyGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa90e34b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyGas(bytes32 root, bytes key, bytes value, bytes proof) view returns(bool ok, uint256 gasUsed)
func (iAVLVerifierHarness *IAVLVerifierHarness) PackVerifyGas(root [32]byte, key []byte, value []byte, proof []byte) []byte {
	enc, err := iAVLVerifierHarness.abi.Pack("verifyGas", root, key, value, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa90e34b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyGas(bytes32 root, bytes key, bytes value, bytes proof) view returns(bool ok, uint256 gasUsed)
func (iAVLVerifierHarness *IAVLVerifierHarness) TryPackVerifyGas(root [32]byte, key []byte, value []byte, proof []byte) ([]byte, error) {
	return iAVLVerifierHarness.abi.Pack("verifyGas", root, key, value, proof)
}

// VerifyGasOutput serves as a container for the return parameters of contract
// method VerifyGas.
type VerifyGasOutput struct {
	Ok      bool
	GasUsed *big.Int
}

// UnpackVerifyGas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa90e34b0.
//
// Solidity: function verifyGas(bytes32 root, bytes key, bytes value, bytes proof) view returns(bool ok, uint256 gasUsed)
func (iAVLVerifierHarness *IAVLVerifierHarness) UnpackVerifyGas(data []byte) (VerifyGasOutput, error) {
	out, err := iAVLVerifierHarness.abi.Unpack("verifyGas", data)
	outstruct := new(VerifyGasOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Ok = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.GasUsed = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PlasmaChainMetaData contains all meta data concerning the PlasmaChain contract.
var PlasmaChainMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"challengePeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"exitBond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"challengeReward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minRequestBond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"answerGas\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"responseWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"requestMaxAge\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxCommitGap\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"opsTimeout\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxSealLag\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"opsRing\",\"type\":\"uint64\"}],\"internalType\":\"structPlasmaChain.Config\",\"name\":\"c\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AuthorizationExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AuthorizationUsed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadFreezeReason\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BlockTooOld\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ChainFrozen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CursorBackwards\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CursorBeyondOps\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DepositTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExitAlreadyOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExitAmountZero\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExitMatured\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExitNotOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FreezeNotDue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HeaderMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoHeaders\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"NonConsecutive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NonceExited\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NonceTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotFrozen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotIncluded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOperator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingReceived\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"OpUncovered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OpsHashMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutOfWindow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RequestAlreadyOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RequestAnswered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"RequestBondTooLow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RequestNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SpendNotLater\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SpentNotAbove\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TimestampAhead\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TimestampBackwards\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TimestampTooOld\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TokenHasNoCode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyBlocks\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyExits\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnknownRequest\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WithdrawFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongBond\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"opsCursor\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"opsHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"}],\"name\":\"BlockCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"opIndex\",\"type\":\"uint64\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"exitId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"transferHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"spendBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"spentFloor\",\"type\":\"uint256\"}],\"name\":\"ExitChallenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"exitId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"ExitFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"oldExitId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"newExitId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"ExitReplaced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"exitId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"spent\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structPlasmaChain.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"exitableAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"bondPayer\",\"type\":\"address\"}],\"name\":\"ExitStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"Frozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"opsHash\",\"type\":\"bytes32\"}],\"name\":\"OperationAppended\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"spent\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"ProofAnswered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"ProofRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"RequestBondReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"FREEZE_COMMIT_GAP\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FREEZE_OPS_TIMEOUT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FREEZE_REQUEST\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"answerGas\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"spent\",\"type\":\"uint256\"}],\"internalType\":\"structPlasmaChain.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"answerProof\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"requestIds\",\"type\":\"uint256[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"spent\",\"type\":\"uint256\"}],\"internalType\":\"structPlasmaChain.Leaf[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"proofs\",\"type\":\"bytes[]\"}],\"name\":\"answerProofs\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"blockHashes\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"exitId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"spent\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structPlasmaChain.Transfer\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"opsCursor\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"opsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structPlasmaChain.Header\",\"name\":\"spendHeader\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"txProof\",\"type\":\"bytes32[]\"}],\"name\":\"challengeExit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengePeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeReward\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"opsCursor\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"opsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structPlasmaChain.Header[]\",\"name\":\"headers\",\"type\":\"tuple[]\"}],\"name\":\"commitBlocks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"committedCursor\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployTime\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"exitAuthorizationDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exitBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"exitId\",\"type\":\"uint256\"}],\"name\":\"exitableAtOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"exitedNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"finalizeExits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"done\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"freeze\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"frozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastBlock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastCommit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"liabilities\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxCommitGap\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxSealLag\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minRequestBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"opTime\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"openExit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"exitId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"opsCursor\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"spent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"bondPayer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"openRequest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"opsCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"opsHashAt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"opsRing\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"opsTimeout\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"queueHead\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"exitId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"queueLength\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"reclaimRequestBond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestMaxAge\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"opsCursor\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"opsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structPlasmaChain.Header\",\"name\":\"header\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"}],\"name\":\"requestProof\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"requests\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"},{\"internalType\":\"uint32\",\"name\":\"blockNumber\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"bond\",\"type\":\"uint96\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"reserveOps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"responseWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"spentFloor\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"opsCursor\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"opsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structPlasmaChain.Header\",\"name\":\"header\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"spent\",\"type\":\"uint256\"}],\"internalType\":\"structPlasmaChain.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"startExit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"opsCursor\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"opsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structPlasmaChain.Header\",\"name\":\"header\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"spent\",\"type\":\"uint256\"}],\"internalType\":\"structPlasmaChain.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"authDeadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"authSignature\",\"type\":\"bytes\"}],\"name\":\"startExitFor\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"spent\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structPlasmaChain.Transfer\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"transferDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"usedAuthorizations\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"withdrawable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "92738c491636b698a75160e095c827cf8c",
	Bin: "0x610260604052348015610010575f5ffd5b506040516167d73803806167d783398101604081905261002f91610874565b60015f5580516001600160a01b031661007b576040516389a6198960e01b815260206004820152600860248201526737b832b930ba37b960c11b60448201526064015b60405180910390fd5b60208101516001600160401b031615806100ae57506301e133806001600160401b031681602001516001600160401b0316115b156100ee576040516389a6198960e01b815260206004820152600f60248201526e18da185b1b195b99d954195c9a5bd9608a1b6044820152606401610072565b806040015181606001511115610139576040516389a6198960e01b815260206004820152600f60248201526e18da185b1b195b99d954995dd85c99608a1b6044820152606401610072565b80608001515f0361017e576040516389a6198960e01b815260206004820152600e60248201526d1b5a5b94995c5d595cdd109bdb9960921b6044820152606401610072565b8060a001516001600160401b03165f036101c7576040516389a6198960e01b8152602060048201526009602482015268616e7377657247617360b81b6044820152606401610072565b60c08101516001600160401b031615806102065750600281602001516101ed9190610963565b6001600160401b03168160c001516001600160401b0316115b15610245576040516389a6198960e01b815260206004820152600e60248201526d726573706f6e736557696e646f7760901b6044820152606401610072565b6101208101516001600160401b0316158061028657506002816020015161026c9190610963565b6001600160401b03168161012001516001600160401b0316115b156102c1576040516389a6198960e01b815260206004820152600a6024820152691bdc1cd51a5b595bdd5d60b21b6044820152606401610072565b6101408101516001600160401b031615806102f6575080602001516001600160401b03168161014001516001600160401b0316115b15610331576040516389a6198960e01b815260206004820152600a6024820152696d61785365616c4c616760b01b6044820152606401610072565b6101008101516001600160401b0316158061036657508060e001516001600160401b03168161010001516001600160401b0316115b156103a3576040516389a6198960e01b815260206004820152600c60248201526b06d6178436f6d6d69744761760a41b6044820152606401610072565b60208101516103bc906001600160401b0316600461099d565b8160e001516001600160401b03161115610409576040516389a6198960e01b815260206004820152600d60248201526c726571756573744d617841676560981b6044820152606401610072565b60088161016001516001600160401b0316108061043857506401000000008161016001516001600160401b0316115b806104645750600181610160015161045091906109ba565b816101600151166001600160401b03165f14155b1561049c576040516389a6198960e01b81526020600482015260076024820152666f707352696e6760c81b6044820152606401610072565b80516001600160a01b0316608090815260208201516001600160401b0390811660a0908152604084015160c0908152606085015160e0908152938501516101009081529185015183166101209081529085015183166101409081529385015183166101609081529185015183166101805284015182166101a0529183015181166101c0529082015181166101e052429081166102405246610220526105de604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f8d2293acf1c036fb468addd3fc538783cbf6d0ec2baec041aa2cfebba45d6450918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b610200526040805160c0810182525f8082529151602080830191600291818681855afa158015610610573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061063391906109d9565b81525f602080830182905260408084018390526060808501939093526001600160401b0387811660809586018190528251875183168186015293870151848401529186015183850152928501518316828501529284015160a08083019190915284015190911660c082015260e08101919091529091506101000160408051808303601f1901815282825280516020918201205f808052600383527f3617319a054d772f909f7c479a2cebe5066e836a939412e32403c99029b92eff9190915560e08401835280845290830181905282820181905264ffffffffff8516606084018190526080840181905260a0840182905260c0909301819052600180546001600160c01b031916600160701b850264ffffffffff60981b191617600160981b9094029390931764ffffffffff60c01b1916909255517fd030eab66ce8b94e6edcbf4301cf34d94ca2085d4ae6f099ac2dd07253f3a91990600290602060405180830381855afa1580156107a8573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906107cb91906109d9565b604080519182525f6020830181905290820181905260608201526001600160401b0385166080820181905260a082015260c00160405180910390a25050506109f0565b60405161018081016001600160401b038111828210171561083d57634e487b7160e01b5f52604160045260245ffd5b60405290565b80516001600160a01b0381168114610859575f5ffd5b919050565b80516001600160401b0381168114610859575f5ffd5b5f610180828403128015610886575f5ffd5b5061088f61080e565b61089883610843565b81526108a66020840161085e565b60208201526040838101519082015260608084015190820152608080840151908201526108d560a0840161085e565b60a08201526108e660c0840161085e565b60c08201526108f760e0840161085e565b60e0820152610909610100840161085e565b61010082015261091c610120840161085e565b61012082015261092f610140840161085e565b610140820152610942610160840161085e565b6101608201529392505050565b634e487b7160e01b5f52601160045260245ffd5b5f6001600160401b0383168061098757634e487b7160e01b5f52601260045260245ffd5b6001600160401b03929092169190910492915050565b80820281158282048414176109b4576109b461094f565b92915050565b6001600160401b0382811682821603908111156109b4576109b461094f565b5f602082840312156109e9575f5ffd5b5051919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e051610200516102205161024051615c4a610b8d5f395f81816107310152818161105001528181612ac201528181613425015281816134a7015261405a01525f613de701525f613eb601525f818161042d01528181610cb201528181610fae015281816110040152818161144901528181611696015281816121e401528181612918015281816129400152818161297d015281816129d501528181612a7b01528181613f5f0152818161400d01526140ac01525f81816106fe015261178401525f8181610a04015281816114aa015261222b01525f81816109b2015261214101525f8181610895015261257b01525f8181610c2d015261269601525f81816103db0152610f0b01525f81816105de01528181610f400152610f6701525f81816105340152818161455401526145a501525f8181610460015281816132ce015261452801525f8181610c600152818161336901526133b301525f818161066c0152818161130d01526124490152615c4a5ff3fe608060405260043610610327575f3560e01c8063806b984f116101a3578063b7c388ca116100f2578063d5a1780b11610092578063e2df27c01161006d578063e2df27c014610bfd578063eddada1c14610c1c578063f3f480d914610c4f578063f698da2514610c82575f5ffd5b8063d5a1780b14610b64578063d96255b614610b92578063db1af18a14610be2575f5ffd5b8063c0314d27116100cd578063c0314d2714610af4578063c5fade2914610b2a578063d0e30db014610b49578063d1a21cfb14610b51575f5ffd5b8063b7c388ca14610aad578063bc0a2abb14610ac1578063bc700dae14610ad5575f5ffd5b8063a85c682a1161015d578063aeb2553f11610138578063aeb2553f146109f3578063b01083e214610a26578063b1d39ede14610a51578063b33a955b14610a8e575f5ffd5b8063a85c682a14610982578063a9998ea5146109a1578063abfa5c55146109d4575f5ffd5b8063806b984f1461077257806381d12c581461079357806382ad53541461088457806393bf014c146108b757806397f01d78146109295780639a0539cf14610963575f5ffd5b80633f3b895811610279578063570ca73511610219578063662e9188116101f4578063662e9188146106ce578063749f94da146106ed5780637a40624b146107205780637d0d740114610753575f5ffd5b8063570ca7351461065b5780635badbe4c146106a657806364e98c25146106bb575f5ffd5b806349e7fa141161025457806349e7fa14146105ba57806350b03456146105cd57806351cff8d9146106005780635385b1001461061f575f5ffd5b80633f3b8958146105565780634185b6a21461057557806346138e1a1461059b575f5ffd5b806329c902aa116102e457806334cdf78d116102bf57806334cdf78d146104c55780633a1d2a80146104f05780633d21f2961461050f5780633ea0c15e14610523575f5ffd5b806329c902aa1461044f57806331e1049b14610482578063338b5dea146104a4575f5ffd5b806305115b3c1461032b578063054f7d9c14610369578063174a853b146103935780631e6218ca146103ca57806323519ac2146103fd57806328dc9fec1461041c575b5f5ffd5b348015610336575f5ffd5b50610356610345366004615313565b60136020525f908152604090205481565b6040519081526020015b60405180910390f35b348015610374575f5ffd5b50600154600160e01b900460ff165b6040519015158152602001610360565b34801561039e575f5ffd5b506103b26103ad366004615313565b610c96565b6040516001600160401b039091168152602001610360565b3480156103d5575f5ffd5b506103b27f000000000000000000000000000000000000000000000000000000000000000081565b348015610408575f5ffd5b50610356610417366004615341565b610d07565b348015610427575f5ffd5b506103567f000000000000000000000000000000000000000000000000000000000000000081565b34801561045a575f5ffd5b506103567f000000000000000000000000000000000000000000000000000000000000000081565b34801561048d575f5ffd5b50600154600160481b900464ffffffffff166103b2565b3480156104af575f5ffd5b506104c36104be366004615377565b610d1f565b005b3480156104d0575f5ffd5b506103566104df366004615313565b60036020525f908152604090205481565b3480156104fb575f5ffd5b5061035661050a36600461539f565b610eca565b34801561051a575f5ffd5b50610356610efb565b34801561052e575f5ffd5b506103567f000000000000000000000000000000000000000000000000000000000000000081565b348015610561575f5ffd5b50610356610570366004615313565b610f93565b348015610580575f5ffd5b50610589600181565b60405160ff9091168152602001610360565b3480156105a6575f5ffd5b506103b26105b5366004615313565b611045565b6104c36105c836600461544a565b611074565b3480156105d8575f5ffd5b506103567f000000000000000000000000000000000000000000000000000000000000000081565b34801561060b575f5ffd5b506104c361061a366004615524565b6110f3565b34801561062a575f5ffd5b5061063e610639366004615524565b611234565b604080519283526001600160a01b03909116602083015201610360565b348015610666575f5ffd5b5061068e7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610360565b3480156106b1575f5ffd5b5061035660025481565b6104c36106c936600461553d565b611294565b3480156106d9575f5ffd5b506104c36106e83660046155c2565b611302565b3480156106f8575f5ffd5b506103b27f000000000000000000000000000000000000000000000000000000000000000081565b34801561072b575f5ffd5b506103b27f000000000000000000000000000000000000000000000000000000000000000081565b34801561075e575f5ffd5b506104c361076d366004615313565b611931565b34801561077d575f5ffd5b50600154600160281b900463ffffffff166103b2565b34801561079e575f5ffd5b5061081c6107ad366004615313565b60126020525f908152604090208054600182015460028301546003909301546001600160a01b0380841694600160a01b80860464ffffffffff1695600160c81b810463ffffffff1695600160e81b90910460ff169484821694929091046001600160601b031692919091169088565b604080516001600160a01b03998a16815264ffffffffff909816602089015263ffffffff9096169587019590955260ff909316606086015290851660808501526001600160601b031660a08401529290921660c082015260e081019190915261010001610360565b34801561088f575f5ffd5b506103b27f000000000000000000000000000000000000000000000000000000000000000081565b3480156108c2575f5ffd5b506108d66108d136600461539f565b611a9f565b604080519889526001600160401b0397881660208a015296909516958701959095526060860192909252608085015260a08401526001600160a01b0391821660c08401521660e082015261010001610360565b348015610934575f5ffd5b506001546040805164ffffffffff600160701b840481168252600160981b909304909216602083015201610360565b34801561096e575f5ffd5b506104c361097d366004615671565b611bcc565b34801561098d575f5ffd5b5061035661099c366004615377565b611e59565b3480156109ac575f5ffd5b506103b27f000000000000000000000000000000000000000000000000000000000000000081565b3480156109df575f5ffd5b506104c36109ee366004615720565b611f2b565b3480156109fe575f5ffd5b506103b27f000000000000000000000000000000000000000000000000000000000000000081565b348015610a31575f5ffd5b50610356610a40366004615524565b60066020525f908152604090205481565b348015610a5c575f5ffd5b50610356610a6b366004615524565b6001600160a01b03165f908152600f60205260409020546001600160ff1b031690565b348015610a99575f5ffd5b50610356610aa83660046157db565b611fce565b348015610ab8575f5ffd5b50610589600381565b348015610acc575f5ffd5b50610589600281565b348015610ae0575f5ffd5b506104c3610aef36600461582c565b612058565b348015610aff575f5ffd5b50610356610b0e36600461539f565b600760209081525f928352604080842090915290825290205481565b348015610b35575f5ffd5b506104c3610b4436600461584d565b612344565b6104c361252a565b610356610b5f3660046158a3565b612537565b348015610b6f575f5ffd5b50610383610b7e366004615313565b60116020525f908152604090205460ff1681565b348015610b9d575f5ffd5b506103b2610bac36600461539f565b6001600160a01b039182165f9081526009602090815260408083209390941682529190915220600201546001600160401b031690565b348015610bed575f5ffd5b5060015464ffffffffff166103b2565b348015610c08575f5ffd5b506104c3610c17366004615313565b6128fd565b348015610c27575f5ffd5b506103b27f000000000000000000000000000000000000000000000000000000000000000081565b348015610c5a575f5ffd5b506103b27f000000000000000000000000000000000000000000000000000000000000000081565b348015610c8d575f5ffd5b50610356612a4d565b6001545f9064ffffffffff168083101580610cd9575080610cd77f000000000000000000000000000000000000000000000000000000000000000085615900565b105b15610cf757604051636ed8b8ff60e11b815260040160405180910390fd5b610d0083612a5b565b9392505050565b5f610d19610d1483612aeb565b612b3c565b92915050565b610d27612b68565b600154600160e01b900460ff1615610d5257604051637e85d5f760e01b815260040160405180910390fd5b805f03610d7257604051631f2a200560e01b815260040160405180910390fd5b816001600160a01b03163b5f03610d9b576040516239539960e91b815260040160405180910390fd5b6040516370a0823160e01b815230600482015282905f906001600160a01b038316906370a0823190602401602060405180830381865afa158015610de1573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e059190615913565b9050610e1c6001600160a01b038316333086612b90565b6040516370a0823160e01b81523060048201525f906001600160a01b038416906370a0823190602401602060405180830381865afa158015610e60573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e849190615913565b9050818111610ea65760405163b5c74a2760e01b815260040160405180910390fd5b610eba3386610eb5858561592a565b612bfd565b505050610ec660015f55565b5050565b6001600160a01b038083165f9081526009602090815260408083209385168352929052908120610d00908484612e81565b5f8048610f326001600160401b037f000000000000000000000000000000000000000000000000000000000000000016600261593d565b610f3c919061593d565b90507f00000000000000000000000000000000000000000000000000000000000000008111610f8b577f0000000000000000000000000000000000000000000000000000000000000000610f8d565b805b91505090565b6001545f9064ffffffffff1680831180610fd6575080610fd37f000000000000000000000000000000000000000000000000000000000000000085615900565b11155b15610ff457604051636ed8b8ff60e11b815260040160405180910390fd5b821561103d5760045f61102860017f000000000000000000000000000000000000000000000000000000000000000061592a565b851681526020019081526020015f2054610d00565b5f9392505050565b5f610d19604083901c7f0000000000000000000000000000000000000000000000000000000000000000615954565b6001603f1b6110896040880160208901615973565b6001600160401b0316106110b057604051638d070ff560e01b815260040160405180910390fd5b6110bd8a88858585612ed6565b6110c78989612ff7565b6110d989602001358b89898989613046565b6110e78a338b8b8b8b6131fa565b50505050505050505050565b6110fb612b68565b335f9081526007602090815260408083206001600160a01b03851684529091528120549081900361113f57604051630686827b60e51b815260040160405180910390fd5b335f8181526007602090815260408083206001600160a01b03871680855290835281842093909355518481529192917fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb910160405180910390a36001600160a01b038216611213576040515f90339083908381818185875af1925050503d805f81146111e6576040519150601f19603f3d011682016040523d82523d5f602084013e6111eb565b606091505b505090508061120d57604051631d42c86760e21b815260040160405180910390fd5b50611227565b6112276001600160a01b03831633836136ff565b5061123160015f55565b50565b6001600160a01b0381165f908152600f602052604081205481906001600160ff1b0316810361126757505f928392509050565b50506001600160a01b03165f9081526010602090815260408083206001845290915290205460a081901c91565b6001603f1b6112a96040850160208601615973565b6001600160401b0316106112d057604051638d070ff560e01b815260040160405180910390fd5b6112da8686612ff7565b6112ec86602001353386868686613046565b6112fa3333888888886131fa565b505050505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461134b57604051631f0853c160e21b815260040160405180910390fd5b6040805160e08101825260015464ffffffffff8082168352600160281b820463ffffffff9081166020850152600160481b8304821694840194909452600160701b820481166060840152600160981b8204166080830152600160c01b810490921660a0820152600160e01b90910460ff1615801560c08301526113e157604051637e85d5f760e01b815260040160405180910390fd5b815f81900361140357604051632223caab60e21b815260040160405180910390fd5b425f858582816114155761141561598c565b905060c00201606001602081019061142d9190615973565b84516001600160401b0391909116915064ffffffffff1661146e7f000000000000000000000000000000000000000000000000000000000000000083615900565b1161148c57604051636ed8b8ff60e11b815260040160405180910390fd5b835164ffffffffff16811080156114f05750816001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160401b03166114db83612a5b565b6001600160401b03166114ee9190615900565b105b1561151657604051632111f97d60e01b8152600481018290526024015b60405180910390fd5b7fd030eab66ce8b94e6edcbf4301cf34d94ca2085d4ae6f099ac2dd07253f3a9195f5b8481101561184957368888838181106115545761155461598c565b905060c0020190505f876020015163ffffffff1660016115749190615954565b90506001600160401b03811661158d6020840184615973565b6001600160401b0316146115d557806115a96020840184615973565b60405163b4c27d0760e01b81526001600160401b0392831660048201529116602482015260440161150d565b63ffffffff816001600160401b0316111561160357604051633f836abd60e11b815260040160405180910390fd5b5f6116146080840160608501615973565b9050886040015164ffffffffff16816001600160401b0316101561164b576040516379d749b360e01b815260040160405180910390fd5b885164ffffffffff166001600160401b038216111561167d576040516324634d8760e11b815260040160405180910390fd5b6001600160401b038116156116d85760045f6116ba60017f000000000000000000000000000000000000000000000000000000000000000061592a565b836001600160401b03161681526020019081526020015f20546116da565b5f5b8360800135146116fd5760405163246fab8760e01b815260040160405180910390fd5b5f61170e60c0850160a08601615973565b9050896080015164ffffffffff16816001600160401b031610156117455760405163013e3ebf60e41b815260040160405180910390fd5b876001600160401b0316816001600160401b031611156117785760405163db0f905160e01b815260040160405180910390fd5b876001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316826001600160401b03166117c09190615900565b10156117df5760405163d40fc74b60e01b815260040160405180910390fd5b6117e98489613730565b60035f856001600160401b031681526020019081526020015f208190555060405160a06020860182378860a0820152838760c083a25063ffffffff90921660208a015264ffffffffff90811660408a015216608088015250600101611539565b50505064ffffffffff9081166060840181905283516001805460208701516040880151608089015160a08a015160c0909a015195881668ffffffffffffffffff1990941693909317600160281b63ffffffff938416021772ffffffffffffffffffff0000000000000000001916600160481b9188169190910264ffffffffff60701b191617600160701b9095029490941768ffffffffffffffffff60981b1916600160981b919095160263ffffffff60c01b191693909317600160c01b92909516919091029390931760ff60e01b1916600160e01b9315159390930292909217909155505050565b600154600160e01b900460ff1661195b57604051638208cbe560e01b815260040160405180910390fd5b5f8181526012602052604090208054600160e81b900460ff1660011461199457604051632212fb4760e11b815260040160405180910390fd5b805460ff60e81b1916600360e81b17808255600182015460028301546040516013935f936119e1936001600160a01b0391821693911691600160c81b900463ffffffff16906020016159a0565b60408051808303601f1901815291815281516020928301208352828201939093529082015f908120819055835460018501546001600160a01b039091168083526007845284832083805290935292812080549293600160a01b90046001600160601b031692839290611a54908490615900565b90915550506040518181526001600160a01b0383169085907f42dcc5a20e9b9478a544a16b0a33b28616b0d776177fe19687079b3559fcfb199060200160405180910390a350505050565b6001600160a01b038083165f908152600960209081526040808320938516835292905290812080546001600160601b03169190819081908190819081908190888203611b03575f5f5f5f5f5f5f5f9850985098509850985098509850985050611bbf565b8054600160601b81046001600160401b03169850600160a01b900464ffffffffff169650611b32818c8c61374b565b9096509450611b4e8b8b836001600160401b038b168a8a6137b7565b8154909450600160f81b90046001165f03611b69578a611b91565b6001600160a01b03808c165f908152600e602090815260408083208e85168452909152902054165b6001600160a01b03808d165f908152600d602090815260408083208f85168452909152902054919450169150505b9295985092959890939650565b611bd6888861389d565b602088811c63ffffffff1690611bee90860186615973565b6001600160401b031611611c155760405163331548c360e01b815260040160405180910390fd5b611c26610100880160e08901615973565b6001600160401b0316611c3f60c0860160a08701615973565b6001600160401b03161115611c675760405163f765373160e01b815260040160405180910390fd5b611c718484612ff7565b5f5f611c7e898989613999565b91509150611cba8484886040013585604051602001611c9f91815260200190565b60405160208183030381529060405280519060200120613a5e565b611cd757604051633d76489160e01b815260040160405180910390fd5b611d5d60095f611cea60208d018d615524565b6001600160a01b03166001600160a01b031681526020019081526020015f205f8b6040016020810190611d1d9190615524565b6001600160a01b031681526020808201929092526040015f2090611d43908c018c615524565b611d5360608d0160408e01615524565b8c60c00135613a75565b33600d5f611d6e60208d018d615524565b6001600160a01b03166001600160a01b031681526020019081526020015f205f8b6040016020810190611da19190615524565b6001600160a01b03166001600160a01b031681526020019081526020015f205f6101000a8154816001600160a01b0302191690836001600160a01b03160217905550336001600160a01b03168a7f5e2f925305a19c9c5f25fca76fae1e3339f4d226d9da68e0ef31f917fd82bcbe83895f016020810190611e229190615973565b604080519283526001600160401b03909116602083015260c08e01359082015260600160405180910390a350505050505050505050565b6001600160a01b0382165f908152600f60205260408120546001600160ff1b0316425b8383108015611e8a57508115155b15611efc576001600160a01b0385165f9081526010602090815260408083206001845290915290205460a081901c82611ec282611045565b6001600160401b03161115611ed8575050611efc565b611ee28785613afb565b9350611eef828883613bdb565b8460010194505050611e7c565b8215611f23576001600160a01b0385165f908152600f60205260409020600160ff1b831790555b505092915050565b8483141580611f3a5750848114155b15611f5b576040516001621398b960e31b0319815260040160405180910390fd5b5f5b85811015611fc557611fbd878783818110611f7a57611f7a61598c565b90506020020135868684818110611f9357611f9361598c565b905060600201858585818110611fab57611fab61598c565b9050602002810190610b4491906159cc565b600101611f5d565b50505050505050565b604080517f3faf08de845b6bb86a687da400a4508ec63dbe2243bda098a2a00adcafc2df7a60208201526001600160a01b0380871692820192909252818516606082015290831660808201526001600160401b03821660a08201525f9061204d9060c00160405160208183030381529060405280519060200120612b3c565b90505b949350505050565b6040805160e08101825260015464ffffffffff8082168352600160281b820463ffffffff9081166020850152600160481b8304821694840194909452600160701b820481166060840152600160981b8204166080830152600160c01b810490921660a0820152600160e01b90910460ff1615801560c08301526120ee57604051637e85d5f760e01b815260040160405180910390fd5b425f1960ff8516016121a35760a083901c15158061212157506001600160a01b0383165f90815260066020526040902054155b1561213f57604051638f16a60160e01b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316826060015164ffffffffff1661217f9190615900565b811161219e57604051638f16a60160e01b815260040160405180910390fd5b6122ef565b60011960ff85160161226f57816040015164ffffffffff168310806121d05750815164ffffffffff168310155b8061220b5750815164ffffffffff166122097f000000000000000000000000000000000000000000000000000000000000000085615900565b105b1561222957604051638f16a60160e01b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160401b031661225c84612a5b565b6001600160401b031661217f9190615900565b60021960ff8516016122d6575f8381526012602052604090208054600160e81b900460ff1660011415806122b257508054600160a01b900464ffffffffff168211155b156122d057604051638f16a60160e01b815260040160405180910390fd5b506122ef565b604051635ebebeed60e11b815260040160405180910390fd5b6001805460ff60e01b1916600160e01b1790556040805160ff86168152602081018590527f1f847ccf894fcf27d163ed164623af899054b007df803d8cd83f6c688f9d6be4910160405180910390a150505050565b5f84815260126020526040812080549091600160e81b90910460ff169081900361238157604051636d08029760e01b815260040160405180910390fd5b60011960ff8216016123a657604051630771ce2f60e51b815260040160405180910390fd5b6001820154600283015460038401546001600160a01b0392831692909116906123d39083838a8a8a613046565b835460ff60e81b1916600160e91b17845560ff83165f19016124aa5783546040516013915f916124179186918691600160c81b900463ffffffff16906020016159a0565b60408051808303601f1901815291815281516020928301208352828201939093529082015f90812081905560018701547f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168252600783528382208280529092529182208054600160a01b9092046001600160601b03169290916124a4908490615900565b90915550505b83546001600160a01b0382811691908416908a907fb155a1d8e5f60f6b4a3650580dc4b46ad1d661c5df454ba907ead90e445dd73490600160c81b900463ffffffff168b356124ff60408e0160208f01615973565b8d604001358d8d60405161251896959493929190615a0e565b60405180910390a45050505050505050565b612535335f34612bfd565b565b6001545f90600160e01b900460ff161561256457604051637e85d5f760e01b815260040160405180910390fd5b61256e8383612ff7565b6125a46001600160401b037f00000000000000000000000000000000000000000000000000000000000000008116908416615900565b4211156125c4576040516330bfef3b60e21b815260040160405180910390fd5b5f6125cd610efb565b9050803410806125e357506001600160601b0334115b156126045760405163498d60b960e01b81526004810182905260240161150d565b5f86866126146020880188615973565b604051602001612626939291906159a0565b60408051601f1981840301815291815281516020928301205f81815260139093529120549091501561266b57604051630274c71b60e51b815260040160405180910390fd5b60025f815461267990615a67565b91829055505f8281526013602052604081208290559093506126bb7f000000000000000000000000000000000000000000000000000000000000000042615954565b9050604051806101000160405280336001600160a01b031681526020018264ffffffffff168152602001875f0160208101906126f79190615973565b63ffffffff168152602001600160ff168152602001896001600160a01b03168152602001346001600160601b03168152602001886001600160a01b03168152602001876020013581525060125f8681526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a81548164ffffffffff021916908364ffffffffff1602179055506040820151815f0160196101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01601d6101000a81548160ff021916908360ff1602179055506080820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060a08201518160010160146101000a8154816001600160601b0302191690836001600160601b0316021790555060c0820151816002015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060e08201518160030155905050866001600160a01b0316886001600160a01b0316857ffa22e99a3ec14c2d028ca26d3270ea47bb333567a6ff5af09402ad1f7635dacf895f0160208101906128c49190615973565b604080516001600160401b03928316815233602082015234818301529187166060830152519081900360800190a4505050949350505050565b600180545f916129149164ffffffffff1690615900565b90507f0000000000000000000000000000000000000000000000000000000000000000821115612962577f000000000000000000000000000000000000000000000000000000000000000091505b805b61296e8383615900565b811015612a48575f6129a160017f000000000000000000000000000000000000000000000000000000000000000061592a565b82165f81815260046020526040812054919250036129cb575f818152600460205260409020600190555b5f60016129f960087f0000000000000000000000000000000000000000000000000000000000000000615a7f565b612a03919061592a565b6003612a1060018661592a565b901c165f8181526005602052604081205491925003612a3e575f818152600560205260409020600160ff1b90555b5050600101612964565b505050565b5f612a56613de4565b905090565b5f63ffffffff612a6f60078416602061593d565b60055f6001612a9f60087f0000000000000000000000000000000000000000000000000000000000000000615a7f565b612aa9919061592a565b600387901c1681526020019081526020015f2054901c167f0000000000000000000000000000000000000000000000000000000000000000610d199190615954565b5f7f2be7089965b0aaf61a95bdf9cb45ad7479115008ac9079843af00d1a788a1aa282604051602001612b1f929190615a9e565b604051602081830303815290604052805190602001209050919050565b5f610d19612b48613de4565b8360405161190160f01b8152600281019290925260228201526042902090565b60025f5403612b8a57604051633ee5aeb560e01b815260040160405180910390fd5b60025f55565b6040516001600160a01b038481166024830152838116604483015260648201839052612bf79186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050613ed8565b50505050565b600154600160e01b900460ff1615612c2857604051637e85d5f760e01b815260040160405180910390fd5b805f03612c4857604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b0382165f9081526006602052604081208054839290612c6f908490615900565b909155505f9050612c84600185858585613f44565b6001600160a01b038581165f908152600960209081526040808320938816835292905220805491925090600160c81b900465ffffffffffff1680158015612cd3575081546001600160601b0316155b8015612cf157506001820154600160801b90046001600160801b0316155b8015612d08575060018201546001600160801b0316155b15612d25576001820180546001600160801b0316600160801b1790555b838115612d8a57612d3b6001600160d81b61592a565b6001600160a01b038089165f908152600a60209081526040808320938b16835292905290812090612d6d60018661592a565b81526020019081526020015f20541681612d879190615900565b90505b612d996001600160d81b61592a565b811115612db95760405163c56d46d360e01b815260040160405180910390fd5b6001600160a01b038088165f908152600a60209081526040808320938a1683529281528282208583529052206001600160d81b031960d886901b1682179055612e03826001615900565b835465ffffffffffff91909116600160c81b0265ffffffffffff60c81b19909116178355604080518681526001600160401b03861660208201526001600160a01b0388811692908a16917fda296c6c8f4e2f4cc4b654430b82a5cf68a2e39490a32de944ed3b3ba963e91a910160405180910390a350505050505050565b60028301545f906001600160901b03600160701b9091048116908114612ea75780612ecd565b6001600160a01b038085165f908152600860209081526040808320938716835292905220545b95945050505050565b826001600160401b0316421115612f0057604051630f05f5bf60e01b815260040160405180910390fd5b5f612f0d86863387611fce565b5f8181526011602052604090205490915060ff1615612f3f57604051630c5cc05960e11b815260040160405180910390fd5b5f5f612f808386868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506141c592505050565b5090925090505f816003811115612f9957612f99615b57565b141580612fb85750876001600160a01b0316826001600160a01b031614155b15612fd657604051635cd5d23360e01b815260040160405180910390fd5b50505f908152601160205260409020805460ff191660011790555050505050565b6130018282613730565b60035f6130116020860186615973565b6001600160401b031681526020019081526020015f205414610ec65760405163c27d13b960e01b815260040160405180910390fd5b604051600160f81b60208201526bffffffffffffffffffffffff19606087811b8216602184015286901b1660358201525f9060490160408051601f1981840301815291905290505f84351580156130b357506130a86040860160208701615973565b6001600160401b0316155b80156130c157506040850135155b80156130f457508215806130f4575083835f8181106130e2576130e261598c565b909101356001600160f81b0319161590505b1561314057613139888386868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061420e92505050565b90506131d2565b6131cf8883873561315760408a0160208b01615973565b896040013560405160200161318c9392919092835260c09190911b6001600160c01b0319166020830152602882015260480190565b60408051601f198184030181526020601f8a01819004810284018101909252888352919089908990819084018382808284375f9201919091525061424092505050565b90505b806131f0576040516309bde33960e01b815260040160405180910390fd5b5050505050505050565b5f61320b6040830160208401615973565b6001600160a01b038089165f9081526009602090815260408083209388168352929052206002810154919250906001600160401b039081169083161015613265576040516334fd128f60e21b815260040160405180910390fd5b80546001600160601b031680156132cc57886001600160a01b0316886001600160a01b0316146132a85760405163b9a3725360e01b815260040160405180910390fd5b34156132c75760405163501c2aaf60e01b815260040160405180910390fd5b61330c565b7f0000000000000000000000000000000000000000000000000000000000000000341461330c5760405163501c2aaf60e01b815260040160405180910390fd5b5f6133388a878561332360808d0160608e01615973565b6001600160401b0316893560408b01356137b7565b9050805f0361335a576040516332fa85e160e01b815260040160405180910390fd5b5f806133906001600160401b037f000000000000000000000000000000000000000000000000000000000000000016600261593d565b6133a3906001600160401b038b16615900565b90505f6133d96001600160401b037f00000000000000000000000000000000000000000000000000000000000000001642615900565b9050818111156133e7578091505b600180545f9161340491600160c01b900463ffffffff1690615900565b905063ffffffff81118061344d575063ffffffff61344b6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168561592a565b115b1561346b576040516303d5912360e31b815260040160405180910390fd5b6001805463ffffffff60c01b1916600160c01b63ffffffff8416021790558060206134988e82018f615973565b6001600160401b0316901b60407f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316866134da919061592a565b8a54911b91909117919091179450600160f81b90046001169250508415905061356b5761352160028d8a5f895f01600c9054906101000a90046001600160401b0316613f44565b506040516001600160a01b0389811682528d1690839086907f60c538363ea928c0453248493c603f91335250e72e6e4b69382407e3742b95d59060200160405180910390a46135c2565b8b6001600160a01b03168b6001600160a01b0316146135c257506001600160a01b038b81165f908152600e602090815260408083208b85168452909152902080546001600160a01b031916918c1691909117905560015b863560801c1515806135da5750604087013560801c15155b15613659576002811790506040518060400160405280885f013581526020018860400135815250600c5f8e6001600160a01b03166001600160a01b031681526020019081526020015f205f8a6001600160a01b03166001600160a01b031681526020019081526020015f209060026136539291906152c1565b5061366a565b8635604088013560801b1760018601555b5f61367b60808c0160608d01615973565b6001600160401b0316905065ffffffffffff60c81b8654168260f81b818360a01b178960601b861717178755506136c1898e6001600160a01b031660a086901b17614268565b6136cf60038e8b5f8b613f44565b506136f0838e8b8e5f0160208101906136e89190615973565b8c8988614312565b50505050505050505050505050565b6040516001600160a01b03838116602483015260448201839052612a4891859182169063a9059cbb90606401612bc5565b5f60405160c084823760c08101929092525060e09020919050565b82545f908190600160f81b9004600216156137935750506001600160a01b038281165f908152600c6020908152604080832093851683529290522080546001909101546137af565b505060018301546001600160801b0380821691600160801b9004165b935093915050565b6001600160a01b038681165f908152600a6020908152604080832093891683529290529081208554829161380591869161380091600160c81b900465ffffffffffff16896143a1565b6144a4565b90505f613813878a8a612e81565b6001600160a01b038a81165f908152600b60209081526040808320938d16835292905290812060028a0154929350909161385d9190600160401b900465ffffffffffff16896143a1565b9050848211156138785761387581613800878561592a565b90505b808311613885575f61388f565b61388f818461592a565b9a9950505050505050505050565b5f6138ab6020830183615524565b90505f6138be6060840160408501615524565b6001600160a01b038084165f9081526009602090815260408083209385168352929052209091508415806138fc575080546001600160601b03168514155b1561391a5760405163c1a7bb5d60e01b815260040160405180910390fd5b61392385611045565b6001600160401b0316421061394b5760405163392c6def60e21b815260040160405180910390fd5b5f61395782858561374b565b915050613965828585612e81565b8560c0013511158061397b5750808560c0013511155b156112fa5760405163891f057960e01b815260040160405180910390fd5b5f5f6139a485612aeb565b91506139af82612b3c565b90505f5f6139f28387878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506141c592505050565b5090925090505f816003811115613a0b57613a0b615b57565b141580613a365750613a206020880188615524565b6001600160a01b0316826001600160a01b031614155b15613a5457604051635cd5d23360e01b815260040160405180910390fd5b5050935093915050565b5f82613a6b8686856144bf565b1495945050505050565b6001600160901b038110613ad1576002840180546001600160701b03166dffffffffffffffffffffffffffff191790556001600160a01b038084165f908152600860209081526040808320938616835292905220819055612bf7565b6002840180546001600160901b038316600160701b026001600160701b0390911617905550505050565b6001600160a01b0382165f90815260106020908152604080832084845291829052822054613b2884615b6b565b9350835f03613b3b575f92505050610d19565b60015b600181901b85811115613b515750613bc5565b5f8181526020859052604090205486821015613ba0575f8581613b75856001615900565b81526020019081526020015f2054905081811015613b9e5782613b9781615a67565b9350508091505b505b808411613bae575050613bc5565b5f9283526020859052604090922091909155613b3e565b5f90815260209290925260409091205550919050565b6001600160a01b038084165f90815260096020908152604080832093861683529290522080546001600160601b03168214613c165750505050565b5f5f613c2383878761374b565b845491935091505f90613c4b90889088908790600160a01b900464ffffffffff1687876137b7565b6001600160a01b0387165f90815260066020526040812054919250818310613c735781613c75565b825b90508015613ce957613c87818361592a565b6001600160a01b03808a165f81815260066020908152604080832095909555928d1681526007835283812091815291522054613cc390826144a4565b6001600160a01b03808b165f908152600760209081526040808320938d16835292905220555b8554613d02908a908a90600160f81b900460ff16614500565b855460028701546001600160401b03600160601b90920482169116811115613d435760028701805467ffffffffffffffff19166001600160401b0383161790555b8654600160601b600160f81b031687555f613d6260028c8c8686613f44565b90508215613d7757613d77888c8c84876146b5565b896001600160a01b03168b6001600160a01b03168a7fb17fdf94e00d48606458b12e91641730a7d27a5bc106192eb5e574f59a9088b48686604051613dcf9291909182526001600160401b0316602082015260400190565b60405180910390a45050505050505050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000004614613eb357612a56604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f8d2293acf1c036fb468addd3fc538783cbf6d0ec2baec041aa2cfebba45d6450918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b507f000000000000000000000000000000000000000000000000000000000000000090565b5f5f60205f8451602086015f885af180613ef7576040513d5f823e3d81fd5b50505f513d91508115613f0e578060011415613f1b565b6001600160a01b0384163b155b15612bf757604051635274afe760e01b81526001600160a01b038516600482015260240161150d565b60015464ffffffffff165f8115613fa15760045f613f8360017f000000000000000000000000000000000000000000000000000000000000000061592a565b846001600160401b03161681526020019081526020015f2054613fa3565b5f5b60408051602080820184905260ff8b16828401526001600160a01b038a811660608401528916608083015260a082018890526001600160401b03871660c0808401919091528351808403909101815260e090920190925280519101209091508060045f61403160017f000000000000000000000000000000000000000000000000000000000000000061592a565b61403c876001615954565b6001600160401b03161681526020019081526020015f20819055505f7f00000000000000000000000000000000000000000000000000000000000000006001600160401b03164261408d919061592a565b905063ffffffff8111156140a2575063ffffffff5b5f60016140d060087f0000000000000000000000000000000000000000000000000000000000000000615a7f565b6140da919061592a565b600386901c16671fffffffffffffff1690505f6140fb600787166020615b80565b5f838152600560205260409020805463ffffffff6001600160401b039390931692831b191685831b1790559050614133866001615954565b6001805464ffffffffff191664ffffffffff929092169190911790556040805160ff8d168152602081018a90526001600160401b03898116828401526060820187905291516001600160a01b038c811693908e1692908a16917fe9a489c8029464791f4898458c9fb9e9429815753b5ccdf962fea25d4acbb5f5916080908290030190a4505050505095945050505050565b5f5f5f83516041036141fc576020840151604085015160608601515f1a6141ee888285856147d3565b955095509550505050614207565b505081515f91506002905b9250925092565b5f5f5f5f61421b8561489b565b9250925092508280156142355750614235878784846148d0565b979650505050505050565b5f5f5f61424f8686865f6149d4565b5091509150818015614235575090951495945050505050565b6001600160a01b0382165f908152600f6020526040812054614294906001600160ff1b03166001615900565b6001600160a01b0384165f908152600f60209081526040808320600160ff1b85179055601090915290209091505b600182111561430357600182901c5f818152602083905260409020548481116142ec575050614303565b5f93845260208390526040909320929092556142c2565b5f918252602052604090205550565b5f600182168103614323578661434b565b6001600160a01b038088165f908152600e602090815260408083208a85168452909152902054165b9050856001600160a01b0316876001600160a01b0316897f7ba4b778988177ee5563fd71be3606f7394668921867379fc44024b7cedd911588888861438f8f611045565b88604051612518959493929190615ba9565b5f825f036143b057505f610d00565b5f84816143be60018761592a565b81526020019081526020015f205490508260d882901c10156143e3575f915050610d00565b5f806143f060018761592a565b90505b80821015614441575f60016144088385615900565b901c5f81815260208a9052604090205490915060d81c86111561443757614430816001615900565b925061443b565b8091505b506143f3565b5f8215614478576144576001600160d81b61592a565b885f61446460018761592a565b81526020019081526020015f20541661447a565b5f5b90508061448c6001600160d81b61592a565b8516614498919061592a565b98975050505050505050565b5f8282018381106144b55780612050565b5f19949350505050565b5f81815b848110156144f7576144ed828787848181106144e1576144e161598c565b90506020020135614aa0565b91506001016144c3565b50949350505050565b6001600160a01b038084165f908152600d6020908152604080832086851684529091529020547f000000000000000000000000000000000000000000000000000000000000000091168015614615576145797f00000000000000000000000000000000000000000000000000000000000000008361592a565b6001600160a01b0382165f9081526007602090815260408083208380529091529020549092506145c9907f00000000000000000000000000000000000000000000000000000000000000006144a4565b6001600160a01b038083165f9081526007602090815260408083208380528252808320949094558883168252600d81528382209288168252919091522080546001600160a01b03191690555b84600184161561465757506001600160a01b038581165f908152600e602090815260408083208885168452909152902080546001600160a01b03198116909155165b82156112fa576001600160a01b0381165f90815260076020908152604080832083805290915290205461468a90846144a4565b6001600160a01b0382165f908152600760209081526040808320838052909152902055505050505050565b6002850154600160401b900465ffffffffffff165f811561472e576147296146e26001600160d81b61592a565b6001600160a01b038089165f908152600b60209081526040808320938b1683529290529081209061471460018761592a565b81526020019081526020015f205416846144a4565b614730565b825b90506147416001600160d81b61592a565b81111561475a576147576001600160d81b61592a565b90505b6001600160a01b038087165f908152600b6020908152604080832093891683529281528282208583529052206001600160d81b031960d886901b16821790556147a4826001615900565b8760020160086101000a81548165ffffffffffff021916908365ffffffffffff16021790555050505050505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561480c57505f91506003905082614891565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561485d573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661488857505f925060019150829050614891565b92505f91508190505b9450945094915050565b5f6060805f5f6148ac866002614acc565b5091965092509050846148c3575f945050506148c9565b90925090505b9193909250565b5f82515f1480156148e057508151155b1561490e57507fe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8558414612050565b60608084515f146149545760605f6149268988614bcd565b955092509050801580614940575061493e8289614c24565b155b15614951575f945050505050612050565b50505b8351156149965760605f6149688987614bcd565b94509250905080158061498257506149808883614c24565b155b15614993575f945050505050612050565b50505b83515f036149b5576149ac825f84516001614c9a565b92505050612050565b84515f036149ca576149ac815f83515f614c9a565b6142358282614cd4565b5f5f6060805f6149e5898989614dc0565b9297509095509250905084614a0257505f93508392506148919050565b865187016020015f8715614a6d576025614a1c848461592a565b614a269190615a7f565b6001600160401b03811115614a3d57614a3d615c13565b604051908082528060200260200182016040528015614a66578160200160208202803683370190505b5094508490505b602084015f614a7f8883878787614fe0565b919a50985090508915614a90578087525b5050505050509450945094915050565b5f818310614aba575f828152602084905260409020610d00565b5f838152602083905260409020610d00565b5f5f5f5f855160208701602087028083101596505f5b888110881615614bb55760208102830151828114614b03575f985050614bb5565b84602082011115614b17575f985050614bb5565b6020810185038185015181811115614b34575f9a50505050614bb5565b601f8101601f191682811115614b50575f9b5050505050614bb5565b601f821692508215614b7857808488010151836008021b15614b78575f9b5050505050614bb5565b848015614b915760018114614b9b578488019950614ba1565b8488019b50614ba1565b8488019a505b509290920160200193505050600101614ae2565b50828114614bc1575f96505b50505092959194509250565b5f606080606080614bdd8661500b565b9297509095509250905084614bf6575f94505050614207565b5f614c0485848460016149d4565b9197509094509050858015614c1857508781145b95505050509250925092565b5f825182518180821015614c355750805b81831093505f92505b80831015614c9157826020870101519150826020860101518382036020811015614c7457600860208290030293841c939190911c905b50808314614c855782109350614c91565b50602083019250614c3e565b50505092915050565b6001835b838110156144f7576001810160051b8601518381515f1a6001018201515f1a14614ccb575f9250506144f7565b50600101614c9e565b815181515f91905b5f81115f83111615614d35578160051b8501518160051b85015181515f1a601e036008026020820151811c6020840151821c14825184511416614d2157505050614d35565b505050600182039150600181039050614cdc565b811580614d40575080155b15614d4f575f92505050610d19565b614d5882615b6b565b9150614d6381615b6b565b9050614d7b8583614d75816001615900565b5f614c9a565b8015614d995750614d998482614d92816001615900565b6001614c9a565b8015614dad5750614dad855f846001614c9a565b8015612ecd5750612ecd845f835f614c9a565b5f5f60605f86515f1480614dd357508551155b80614ddd57508451155b15614def57505f925082915081614fd7565b50602084015160218501805190915f90811a91901a811580614e1d575060018751614e1a919061592a565b82115b80614e2757508015155b15614e3d57505f9450849350839150614fd79050565b5f614e5184614e4c8582615900565b615048565b9150614e5f90508385615900565b8114614e7757505f9550859450849250614fd7915050565b50508751614e86906060615900565b6001600160401b03811115614e9d57614e9d615c13565b6040519080825280601f01601f191660200182016040528015614ec7576020820181803683370190505b5092505f600288604051614edb9190615c27565b602060405180830381855afa158015614ef6573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190614f199190615913565b90508851602085018385825e838101825b607f811115614f4b576080607f82161782536001919091019060071c614f2a565b808253506001018260208d01825e8201602081536001810184905203602101855250604051600290614f7e908690615c27565b602060405180830381855afa158015614f99573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190614fbc9190615913565b945060018585614fcc8587615900565b955095509550955050505b93509350935093565b5f80806150f680614ff88a8a8a8a8a63ffffffff8716565b9450945094505050955095509592505050565b5f60608060605f5f5f61501f886003614acc565b9299509094509250905086615039575f9650505050615041565b919450925090505b9193509193565b5f82815b60038110156150ee575f5f5b858410615067575f93506150cd565b83515f1a60018501945060018111600983141615615088575f9450506150cd565b607f8116826007021b8317925060018201915060808110156150c75780156001831116156150b4575f94505b60018316156150c1575f94505b506150cd565b50615058565b50826150d957506150ee565b816150e5578060011c93505b5060010161504c565b509250929050565b60015f807f80808080808080808080808080808080808080808080808080808080808080807f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f845b878910156152b15788515f1a8989036022820111600b821160038310171760018b01515f19836008021c1980878319161660018103811660018103811690506001810381168115178517945050607f83600187031a1184179350818160081c600160ff1b171691508160071c831684179350878788851601168219811983161685179450505050805f1a607f81111561520857505f805b600a8110156152065782811a607f8116826007021b8317925060808110156151fd5750615206565b506001016151d5565b505b848160011c10831792505080831a60018111831792508215615230575f9950505050506152b1565b6001880197508a15615245578c8860051b8c01525b908d528b830160020151838e0192509060208353808015615271578260018501528f602285015261527e565b8f60018501528260228501525b505050602060218201535060205f604283018d60025afa61529d575f5ffd5b5f519b50989098016022019760010161513e565b5093999197509095505050505050565b82600281019282156152ef579160200282015b828111156152ef5782518255916020019190600101906152d4565b506152fb9291506152ff565b5090565b5b808211156152fb575f8155600101615300565b5f60208284031215615323575f5ffd5b5035919050565b5f610100828403121561533b575f5ffd5b50919050565b5f6101008284031215615352575f5ffd5b610d00838361532a565b80356001600160a01b0381168114615372575f5ffd5b919050565b5f5f60408385031215615388575f5ffd5b6153918361535c565b946020939093013593505050565b5f5f604083850312156153b0575f5ffd5b6153b98361535c565b91506153c76020840161535c565b90509250929050565b5f60c0828403121561533b575f5ffd5b80356001600160401b0381168114615372575f5ffd5b5f6060828403121561533b575f5ffd5b5f5f83601f840112615416575f5ffd5b5081356001600160401b0381111561542c575f5ffd5b602083019150836020828501011115615443575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f5f5f6101e08b8d031215615464575f5ffd5b61546d8b61535c565b995061547c8c60208d016153d0565b985061548a60e08c016153e0565b97506154996101008c0161535c565b96506154a98c6101208d016153f6565b95506101808b01356001600160401b038111156154c4575f5ffd5b6154d08d828e01615406565b90965094506154e490506101a08c016153e0565b92506101c08b01356001600160401b038111156154ff575f5ffd5b61550b8d828e01615406565b915080935050809150509295989b9194979a5092959850565b5f60208284031215615534575f5ffd5b610d008261535c565b5f5f5f5f5f5f6101808789031215615553575f5ffd5b61555d88886153d0565b955061556b60c088016153e0565b945061557960e0880161535c565b93506155898861010089016153f6565b92506101608701356001600160401b038111156155a4575f5ffd5b6155b089828a01615406565b979a9699509497509295939492505050565b5f5f602083850312156155d3575f5ffd5b82356001600160401b038111156155e8575f5ffd5b8301601f810185136155f8575f5ffd5b80356001600160401b0381111561560d575f5ffd5b85602060c083028401011115615621575f5ffd5b6020919091019590945092505050565b5f5f83601f840112615641575f5ffd5b5081356001600160401b03811115615657575f5ffd5b6020830191508360208260051b8501011115615443575f5ffd5b5f5f5f5f5f5f5f5f610240898b031215615689575f5ffd5b8835975061569a8a60208b0161532a565b96506101208901356001600160401b038111156156b5575f5ffd5b6156c18b828c01615406565b90975095506156d690508a6101408b016153d0565b93506156e56102008a016153e0565b92506102208901356001600160401b03811115615700575f5ffd5b61570c8b828c01615631565b999c989b5096995094979396929594505050565b5f5f5f5f5f5f60608789031215615735575f5ffd5b86356001600160401b0381111561574a575f5ffd5b61575689828a01615631565b90975095505060208701356001600160401b03811115615774575f5ffd5b8701601f81018913615784575f5ffd5b80356001600160401b03811115615799575f5ffd5b8960206060830284010111156157ad575f5ffd5b6020919091019450925060408701356001600160401b038111156157cf575f5ffd5b6155b089828a01615631565b5f5f5f5f608085870312156157ee575f5ffd5b6157f78561535c565b93506158056020860161535c565b92506158136040860161535c565b9150615821606086016153e0565b905092959194509250565b5f5f6040838503121561583d575f5ffd5b823560ff81168114615391575f5ffd5b5f5f5f5f60a08587031215615860575f5ffd5b8435935061587186602087016153f6565b925060808501356001600160401b0381111561588b575f5ffd5b61589787828801615406565b95989497509550505050565b5f5f5f5f61012085870312156158b7575f5ffd5b6158c08561535c565b93506158ce6020860161535c565b92506158dd86604087016153d0565b915061582161010086016153e0565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610d1957610d196158ec565b5f60208284031215615923575f5ffd5b5051919050565b81810381811115610d1957610d196158ec565b8082028115828204841417610d1957610d196158ec565b6001600160401b038181168382160190811115610d1957610d196158ec565b5f60208284031215615983575f5ffd5b610d00826153e0565b634e487b7160e01b5f52603260045260245ffd5b6001600160a01b0393841681529190921660208201526001600160401b03909116604082015260600190565b5f5f8335601e198436030181126159e1575f5ffd5b8301803591506001600160401b038211156159fa575f5ffd5b602001915036819003821315615443575f5ffd5b63ffffffff871681528560208201526001600160401b038516604082015283606082015260a060808201528160a0820152818360c08301375f81830160c090810191909152601f909201601f1916010195945050505050565b5f60018201615a7857615a786158ec565b5060010190565b5f82615a9957634e487b7160e01b5f52601260045260245ffd5b500490565b82815261012081016001600160a01b03615ab78461535c565b16602083015260018060a01b03615ad06020850161535c565b16604083015260018060a01b03615ae96040850161535c565b1660608301525f6060840135905080608084015250615b0a608084016153e0565b6001600160401b03811660a08401525060a083013560c08381019190915283013560e080840191909152615b3f9084016153e0565b6001600160401b038116610100840152509392505050565b634e487b7160e01b5f52602160045260245ffd5b5f81615b7957615b796158ec565b505f190190565b6001600160401b038181168382160290811690818114615ba257615ba26158ec565b5092915050565b6001600160401b038681168252853560208084019190915260e083019190615bd29088016153e0565b166040838101919091529590950135606082015260808101939093526001600160401b039190911660a08301526001600160a01b031660c090910152919050565b634e487b7160e01b5f52604160045260245ffd5b5f82518060208501845e5f92019182525091905056fea164736f6c634300081e000a",
}

// PlasmaChain is an auto generated Go binding around an Ethereum contract.
type PlasmaChain struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PlasmaChain) GetABI() abi.ABI {
	return c.abi
}

// NewPlasmaChain creates a new instance of PlasmaChain.
func NewPlasmaChain() *PlasmaChain {
	parsed, err := PlasmaChainMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PlasmaChain{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PlasmaChain) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor((address,uint64,uint256,uint256,uint256,uint64,uint64,uint64,uint64,uint64,uint64,uint64) c) returns()
func (plasmaChain *PlasmaChain) PackConstructor(c PlasmaChainConfig) []byte {
	enc, err := plasmaChain.abi.Pack("", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackFREEZECOMMITGAP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4185b6a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FREEZE_COMMIT_GAP() view returns(uint8)
func (plasmaChain *PlasmaChain) PackFREEZECOMMITGAP() []byte {
	enc, err := plasmaChain.abi.Pack("FREEZE_COMMIT_GAP")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFREEZECOMMITGAP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4185b6a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FREEZE_COMMIT_GAP() view returns(uint8)
func (plasmaChain *PlasmaChain) TryPackFREEZECOMMITGAP() ([]byte, error) {
	return plasmaChain.abi.Pack("FREEZE_COMMIT_GAP")
}

// UnpackFREEZECOMMITGAP is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4185b6a2.
//
// Solidity: function FREEZE_COMMIT_GAP() view returns(uint8)
func (plasmaChain *PlasmaChain) UnpackFREEZECOMMITGAP(data []byte) (uint8, error) {
	out, err := plasmaChain.abi.Unpack("FREEZE_COMMIT_GAP", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackFREEZEOPSTIMEOUT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc0a2abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FREEZE_OPS_TIMEOUT() view returns(uint8)
func (plasmaChain *PlasmaChain) PackFREEZEOPSTIMEOUT() []byte {
	enc, err := plasmaChain.abi.Pack("FREEZE_OPS_TIMEOUT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFREEZEOPSTIMEOUT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc0a2abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FREEZE_OPS_TIMEOUT() view returns(uint8)
func (plasmaChain *PlasmaChain) TryPackFREEZEOPSTIMEOUT() ([]byte, error) {
	return plasmaChain.abi.Pack("FREEZE_OPS_TIMEOUT")
}

// UnpackFREEZEOPSTIMEOUT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc0a2abb.
//
// Solidity: function FREEZE_OPS_TIMEOUT() view returns(uint8)
func (plasmaChain *PlasmaChain) UnpackFREEZEOPSTIMEOUT(data []byte) (uint8, error) {
	out, err := plasmaChain.abi.Unpack("FREEZE_OPS_TIMEOUT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackFREEZEREQUEST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7c388ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FREEZE_REQUEST() view returns(uint8)
func (plasmaChain *PlasmaChain) PackFREEZEREQUEST() []byte {
	enc, err := plasmaChain.abi.Pack("FREEZE_REQUEST")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFREEZEREQUEST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7c388ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FREEZE_REQUEST() view returns(uint8)
func (plasmaChain *PlasmaChain) TryPackFREEZEREQUEST() ([]byte, error) {
	return plasmaChain.abi.Pack("FREEZE_REQUEST")
}

// UnpackFREEZEREQUEST is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb7c388ca.
//
// Solidity: function FREEZE_REQUEST() view returns(uint8)
func (plasmaChain *PlasmaChain) UnpackFREEZEREQUEST(data []byte) (uint8, error) {
	out, err := plasmaChain.abi.Unpack("FREEZE_REQUEST", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAnswerGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e6218ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function answerGas() view returns(uint64)
func (plasmaChain *PlasmaChain) PackAnswerGas() []byte {
	enc, err := plasmaChain.abi.Pack("answerGas")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnswerGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e6218ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function answerGas() view returns(uint64)
func (plasmaChain *PlasmaChain) TryPackAnswerGas() ([]byte, error) {
	return plasmaChain.abi.Pack("answerGas")
}

// UnpackAnswerGas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e6218ca.
//
// Solidity: function answerGas() view returns(uint64)
func (plasmaChain *PlasmaChain) UnpackAnswerGas(data []byte) (uint64, error) {
	out, err := plasmaChain.abi.Unpack("answerGas", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackAnswerProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5fade29.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function answerProof(uint256 requestId, (uint256,uint64,uint256) leaf, bytes proof) returns()
func (plasmaChain *PlasmaChain) PackAnswerProof(requestId *big.Int, leaf PlasmaChainLeaf, proof []byte) []byte {
	enc, err := plasmaChain.abi.Pack("answerProof", requestId, leaf, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnswerProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5fade29.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function answerProof(uint256 requestId, (uint256,uint64,uint256) leaf, bytes proof) returns()
func (plasmaChain *PlasmaChain) TryPackAnswerProof(requestId *big.Int, leaf PlasmaChainLeaf, proof []byte) ([]byte, error) {
	return plasmaChain.abi.Pack("answerProof", requestId, leaf, proof)
}

// PackAnswerProofs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabfa5c55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function answerProofs(uint256[] requestIds, (uint256,uint64,uint256)[] leaves, bytes[] proofs) returns()
func (plasmaChain *PlasmaChain) PackAnswerProofs(requestIds []*big.Int, leaves []PlasmaChainLeaf, proofs [][]byte) []byte {
	enc, err := plasmaChain.abi.Pack("answerProofs", requestIds, leaves, proofs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnswerProofs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabfa5c55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function answerProofs(uint256[] requestIds, (uint256,uint64,uint256)[] leaves, bytes[] proofs) returns()
func (plasmaChain *PlasmaChain) TryPackAnswerProofs(requestIds []*big.Int, leaves []PlasmaChainLeaf, proofs [][]byte) ([]byte, error) {
	return plasmaChain.abi.Pack("answerProofs", requestIds, leaves, proofs)
}

// PackBlockHashes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34cdf78d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blockHashes(uint256 ) view returns(bytes32)
func (plasmaChain *PlasmaChain) PackBlockHashes(arg0 *big.Int) []byte {
	enc, err := plasmaChain.abi.Pack("blockHashes", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlockHashes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34cdf78d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blockHashes(uint256 ) view returns(bytes32)
func (plasmaChain *PlasmaChain) TryPackBlockHashes(arg0 *big.Int) ([]byte, error) {
	return plasmaChain.abi.Pack("blockHashes", arg0)
}

// UnpackBlockHashes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x34cdf78d.
//
// Solidity: function blockHashes(uint256 ) view returns(bytes32)
func (plasmaChain *PlasmaChain) UnpackBlockHashes(data []byte) ([32]byte, error) {
	out, err := plasmaChain.abi.Unpack("blockHashes", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackChallengeExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a0539cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeExit(uint256 exitId, (address,address,address,uint256,uint64,uint256,uint256,uint64) t, bytes signature, (uint64,bytes32,bytes32,uint64,bytes32,uint64) spendHeader, uint64 committedAt, bytes32[] txProof) returns()
func (plasmaChain *PlasmaChain) PackChallengeExit(exitId *big.Int, t PlasmaChainTransfer, signature []byte, spendHeader PlasmaChainHeader, committedAt uint64, txProof [][32]byte) []byte {
	enc, err := plasmaChain.abi.Pack("challengeExit", exitId, t, signature, spendHeader, committedAt, txProof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a0539cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeExit(uint256 exitId, (address,address,address,uint256,uint64,uint256,uint256,uint64) t, bytes signature, (uint64,bytes32,bytes32,uint64,bytes32,uint64) spendHeader, uint64 committedAt, bytes32[] txProof) returns()
func (plasmaChain *PlasmaChain) TryPackChallengeExit(exitId *big.Int, t PlasmaChainTransfer, signature []byte, spendHeader PlasmaChainHeader, committedAt uint64, txProof [][32]byte) ([]byte, error) {
	return plasmaChain.abi.Pack("challengeExit", exitId, t, signature, spendHeader, committedAt, txProof)
}

// PackChallengePeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3f480d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengePeriod() view returns(uint64)
func (plasmaChain *PlasmaChain) PackChallengePeriod() []byte {
	enc, err := plasmaChain.abi.Pack("challengePeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengePeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3f480d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengePeriod() view returns(uint64)
func (plasmaChain *PlasmaChain) TryPackChallengePeriod() ([]byte, error) {
	return plasmaChain.abi.Pack("challengePeriod")
}

// UnpackChallengePeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf3f480d9.
//
// Solidity: function challengePeriod() view returns(uint64)
func (plasmaChain *PlasmaChain) UnpackChallengePeriod(data []byte) (uint64, error) {
	out, err := plasmaChain.abi.Unpack("challengePeriod", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackChallengeReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ea0c15e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeReward() view returns(uint256)
func (plasmaChain *PlasmaChain) PackChallengeReward() []byte {
	enc, err := plasmaChain.abi.Pack("challengeReward")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ea0c15e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeReward() view returns(uint256)
func (plasmaChain *PlasmaChain) TryPackChallengeReward() ([]byte, error) {
	return plasmaChain.abi.Pack("challengeReward")
}

// UnpackChallengeReward is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3ea0c15e.
//
// Solidity: function challengeReward() view returns(uint256)
func (plasmaChain *PlasmaChain) UnpackChallengeReward(data []byte) (*big.Int, error) {
	out, err := plasmaChain.abi.Unpack("challengeReward", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCommitBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x662e9188.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitBlocks((uint64,bytes32,bytes32,uint64,bytes32,uint64)[] headers) returns()
func (plasmaChain *PlasmaChain) PackCommitBlocks(headers []PlasmaChainHeader) []byte {
	enc, err := plasmaChain.abi.Pack("commitBlocks", headers)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x662e9188.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitBlocks((uint64,bytes32,bytes32,uint64,bytes32,uint64)[] headers) returns()
func (plasmaChain *PlasmaChain) TryPackCommitBlocks(headers []PlasmaChainHeader) ([]byte, error) {
	return plasmaChain.abi.Pack("commitBlocks", headers)
}

// PackCommittedCursor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31e1049b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committedCursor() view returns(uint64)
func (plasmaChain *PlasmaChain) PackCommittedCursor() []byte {
	enc, err := plasmaChain.abi.Pack("committedCursor")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommittedCursor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31e1049b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function committedCursor() view returns(uint64)
func (plasmaChain *PlasmaChain) TryPackCommittedCursor() ([]byte, error) {
	return plasmaChain.abi.Pack("committedCursor")
}

// UnpackCommittedCursor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x31e1049b.
//
// Solidity: function committedCursor() view returns(uint64)
func (plasmaChain *PlasmaChain) UnpackCommittedCursor(data []byte) (uint64, error) {
	out, err := plasmaChain.abi.Unpack("committedCursor", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDeployTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a40624b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployTime() view returns(uint64)
func (plasmaChain *PlasmaChain) PackDeployTime() []byte {
	enc, err := plasmaChain.abi.Pack("deployTime")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a40624b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployTime() view returns(uint64)
func (plasmaChain *PlasmaChain) TryPackDeployTime() ([]byte, error) {
	return plasmaChain.abi.Pack("deployTime")
}

// UnpackDeployTime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7a40624b.
//
// Solidity: function deployTime() view returns(uint64)
func (plasmaChain *PlasmaChain) UnpackDeployTime(data []byte) (uint64, error) {
	out, err := plasmaChain.abi.Unpack("deployTime", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit() payable returns()
func (plasmaChain *PlasmaChain) PackDeposit() []byte {
	enc, err := plasmaChain.abi.Pack("deposit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit() payable returns()
func (plasmaChain *PlasmaChain) TryPackDeposit() ([]byte, error) {
	return plasmaChain.abi.Pack("deposit")
}

// PackDepositToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x338b5dea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositToken(address token, uint256 amount) returns()
func (plasmaChain *PlasmaChain) PackDepositToken(token common.Address, amount *big.Int) []byte {
	enc, err := plasmaChain.abi.Pack("depositToken", token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x338b5dea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositToken(address token, uint256 amount) returns()
func (plasmaChain *PlasmaChain) TryPackDepositToken(token common.Address, amount *big.Int) ([]byte, error) {
	return plasmaChain.abi.Pack("depositToken", token, amount)
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (plasmaChain *PlasmaChain) PackDomainSeparator() []byte {
	enc, err := plasmaChain.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (plasmaChain *PlasmaChain) TryPackDomainSeparator() ([]byte, error) {
	return plasmaChain.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (plasmaChain *PlasmaChain) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := plasmaChain.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackExitAuthorizationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb33a955b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exitAuthorizationDigest(address owner, address token, address executor, uint64 deadline) view returns(bytes32)
func (plasmaChain *PlasmaChain) PackExitAuthorizationDigest(owner common.Address, token common.Address, executor common.Address, deadline uint64) []byte {
	enc, err := plasmaChain.abi.Pack("exitAuthorizationDigest", owner, token, executor, deadline)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExitAuthorizationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb33a955b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exitAuthorizationDigest(address owner, address token, address executor, uint64 deadline) view returns(bytes32)
func (plasmaChain *PlasmaChain) TryPackExitAuthorizationDigest(owner common.Address, token common.Address, executor common.Address, deadline uint64) ([]byte, error) {
	return plasmaChain.abi.Pack("exitAuthorizationDigest", owner, token, executor, deadline)
}

// UnpackExitAuthorizationDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb33a955b.
//
// Solidity: function exitAuthorizationDigest(address owner, address token, address executor, uint64 deadline) view returns(bytes32)
func (plasmaChain *PlasmaChain) UnpackExitAuthorizationDigest(data []byte) ([32]byte, error) {
	out, err := plasmaChain.abi.Unpack("exitAuthorizationDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackExitBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29c902aa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exitBond() view returns(uint256)
func (plasmaChain *PlasmaChain) PackExitBond() []byte {
	enc, err := plasmaChain.abi.Pack("exitBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExitBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29c902aa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exitBond() view returns(uint256)
func (plasmaChain *PlasmaChain) TryPackExitBond() ([]byte, error) {
	return plasmaChain.abi.Pack("exitBond")
}

// UnpackExitBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29c902aa.
//
// Solidity: function exitBond() view returns(uint256)
func (plasmaChain *PlasmaChain) UnpackExitBond(data []byte) (*big.Int, error) {
	out, err := plasmaChain.abi.Unpack("exitBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackExitableAtOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46138e1a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exitableAtOf(uint256 exitId) view returns(uint64)
func (plasmaChain *PlasmaChain) PackExitableAtOf(exitId *big.Int) []byte {
	enc, err := plasmaChain.abi.Pack("exitableAtOf", exitId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExitableAtOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46138e1a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exitableAtOf(uint256 exitId) view returns(uint64)
func (plasmaChain *PlasmaChain) TryPackExitableAtOf(exitId *big.Int) ([]byte, error) {
	return plasmaChain.abi.Pack("exitableAtOf", exitId)
}

// UnpackExitableAtOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46138e1a.
//
// Solidity: function exitableAtOf(uint256 exitId) view returns(uint64)
func (plasmaChain *PlasmaChain) UnpackExitableAtOf(data []byte) (uint64, error) {
	out, err := plasmaChain.abi.Unpack("exitableAtOf", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackExitedNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd96255b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exitedNonce(address owner, address token) view returns(uint64)
func (plasmaChain *PlasmaChain) PackExitedNonce(owner common.Address, token common.Address) []byte {
	enc, err := plasmaChain.abi.Pack("exitedNonce", owner, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExitedNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd96255b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exitedNonce(address owner, address token) view returns(uint64)
func (plasmaChain *PlasmaChain) TryPackExitedNonce(owner common.Address, token common.Address) ([]byte, error) {
	return plasmaChain.abi.Pack("exitedNonce", owner, token)
}

// UnpackExitedNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd96255b6.
//
// Solidity: function exitedNonce(address owner, address token) view returns(uint64)
func (plasmaChain *PlasmaChain) UnpackExitedNonce(data []byte) (uint64, error) {
	out, err := plasmaChain.abi.Unpack("exitedNonce", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackFinalizeExits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa85c682a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizeExits(address token, uint256 max) returns(uint256 done)
func (plasmaChain *PlasmaChain) PackFinalizeExits(token common.Address, max *big.Int) []byte {
	enc, err := plasmaChain.abi.Pack("finalizeExits", token, max)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizeExits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa85c682a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizeExits(address token, uint256 max) returns(uint256 done)
func (plasmaChain *PlasmaChain) TryPackFinalizeExits(token common.Address, max *big.Int) ([]byte, error) {
	return plasmaChain.abi.Pack("finalizeExits", token, max)
}

// UnpackFinalizeExits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa85c682a.
//
// Solidity: function finalizeExits(address token, uint256 max) returns(uint256 done)
func (plasmaChain *PlasmaChain) UnpackFinalizeExits(data []byte) (*big.Int, error) {
	out, err := plasmaChain.abi.Unpack("finalizeExits", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFreeze is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc700dae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function freeze(uint8 reason, uint256 id) returns()
func (plasmaChain *PlasmaChain) PackFreeze(reason uint8, id *big.Int) []byte {
	enc, err := plasmaChain.abi.Pack("freeze", reason, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFreeze is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc700dae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function freeze(uint8 reason, uint256 id) returns()
func (plasmaChain *PlasmaChain) TryPackFreeze(reason uint8, id *big.Int) ([]byte, error) {
	return plasmaChain.abi.Pack("freeze", reason, id)
}

// PackFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x054f7d9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function frozen() view returns(bool)
func (plasmaChain *PlasmaChain) PackFrozen() []byte {
	enc, err := plasmaChain.abi.Pack("frozen")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x054f7d9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function frozen() view returns(bool)
func (plasmaChain *PlasmaChain) TryPackFrozen() ([]byte, error) {
	return plasmaChain.abi.Pack("frozen")
}

// UnpackFrozen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x054f7d9c.
//
// Solidity: function frozen() view returns(bool)
func (plasmaChain *PlasmaChain) UnpackFrozen(data []byte) (bool, error) {
	out, err := plasmaChain.abi.Unpack("frozen", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLastBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x806b984f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastBlock() view returns(uint64)
func (plasmaChain *PlasmaChain) PackLastBlock() []byte {
	enc, err := plasmaChain.abi.Pack("lastBlock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x806b984f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastBlock() view returns(uint64)
func (plasmaChain *PlasmaChain) TryPackLastBlock() ([]byte, error) {
	return plasmaChain.abi.Pack("lastBlock")
}

// UnpackLastBlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x806b984f.
//
// Solidity: function lastBlock() view returns(uint64)
func (plasmaChain *PlasmaChain) UnpackLastBlock(data []byte) (uint64, error) {
	out, err := plasmaChain.abi.Unpack("lastBlock", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackLastCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97f01d78.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastCommit() view returns(uint64 committedAt, uint64 timestamp)
func (plasmaChain *PlasmaChain) PackLastCommit() []byte {
	enc, err := plasmaChain.abi.Pack("lastCommit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97f01d78.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastCommit() view returns(uint64 committedAt, uint64 timestamp)
func (plasmaChain *PlasmaChain) TryPackLastCommit() ([]byte, error) {
	return plasmaChain.abi.Pack("lastCommit")
}

// LastCommitOutput serves as a container for the return parameters of contract
// method LastCommit.
type LastCommitOutput struct {
	CommittedAt uint64
	Timestamp   uint64
}

// UnpackLastCommit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97f01d78.
//
// Solidity: function lastCommit() view returns(uint64 committedAt, uint64 timestamp)
func (plasmaChain *PlasmaChain) UnpackLastCommit(data []byte) (LastCommitOutput, error) {
	out, err := plasmaChain.abi.Unpack("lastCommit", data)
	outstruct := new(LastCommitOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.CommittedAt = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Timestamp = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackLiabilities is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb01083e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liabilities(address ) view returns(uint256)
func (plasmaChain *PlasmaChain) PackLiabilities(arg0 common.Address) []byte {
	enc, err := plasmaChain.abi.Pack("liabilities", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiabilities is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb01083e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liabilities(address ) view returns(uint256)
func (plasmaChain *PlasmaChain) TryPackLiabilities(arg0 common.Address) ([]byte, error) {
	return plasmaChain.abi.Pack("liabilities", arg0)
}

// UnpackLiabilities is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb01083e2.
//
// Solidity: function liabilities(address ) view returns(uint256)
func (plasmaChain *PlasmaChain) UnpackLiabilities(data []byte) (*big.Int, error) {
	out, err := plasmaChain.abi.Unpack("liabilities", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxCommitGap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9998ea5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxCommitGap() view returns(uint64)
func (plasmaChain *PlasmaChain) PackMaxCommitGap() []byte {
	enc, err := plasmaChain.abi.Pack("maxCommitGap")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxCommitGap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9998ea5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxCommitGap() view returns(uint64)
func (plasmaChain *PlasmaChain) TryPackMaxCommitGap() ([]byte, error) {
	return plasmaChain.abi.Pack("maxCommitGap")
}

// UnpackMaxCommitGap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9998ea5.
//
// Solidity: function maxCommitGap() view returns(uint64)
func (plasmaChain *PlasmaChain) UnpackMaxCommitGap(data []byte) (uint64, error) {
	out, err := plasmaChain.abi.Unpack("maxCommitGap", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMaxSealLag is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x749f94da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxSealLag() view returns(uint64)
func (plasmaChain *PlasmaChain) PackMaxSealLag() []byte {
	enc, err := plasmaChain.abi.Pack("maxSealLag")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxSealLag is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x749f94da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxSealLag() view returns(uint64)
func (plasmaChain *PlasmaChain) TryPackMaxSealLag() ([]byte, error) {
	return plasmaChain.abi.Pack("maxSealLag")
}

// UnpackMaxSealLag is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x749f94da.
//
// Solidity: function maxSealLag() view returns(uint64)
func (plasmaChain *PlasmaChain) UnpackMaxSealLag(data []byte) (uint64, error) {
	out, err := plasmaChain.abi.Unpack("maxSealLag", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMinRequestBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50b03456.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minRequestBond() view returns(uint256)
func (plasmaChain *PlasmaChain) PackMinRequestBond() []byte {
	enc, err := plasmaChain.abi.Pack("minRequestBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinRequestBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50b03456.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minRequestBond() view returns(uint256)
func (plasmaChain *PlasmaChain) TryPackMinRequestBond() ([]byte, error) {
	return plasmaChain.abi.Pack("minRequestBond")
}

// UnpackMinRequestBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50b03456.
//
// Solidity: function minRequestBond() view returns(uint256)
func (plasmaChain *PlasmaChain) UnpackMinRequestBond(data []byte) (*big.Int, error) {
	out, err := plasmaChain.abi.Unpack("minRequestBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOpTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x174a853b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function opTime(uint256 index) view returns(uint64)
func (plasmaChain *PlasmaChain) PackOpTime(index *big.Int) []byte {
	enc, err := plasmaChain.abi.Pack("opTime", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x174a853b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function opTime(uint256 index) view returns(uint64)
func (plasmaChain *PlasmaChain) TryPackOpTime(index *big.Int) ([]byte, error) {
	return plasmaChain.abi.Pack("opTime", index)
}

// UnpackOpTime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x174a853b.
//
// Solidity: function opTime(uint256 index) view returns(uint64)
func (plasmaChain *PlasmaChain) UnpackOpTime(data []byte) (uint64, error) {
	out, err := plasmaChain.abi.Unpack("opTime", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOpenExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93bf014c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openExit(address owner, address token) view returns(uint256 exitId, uint64 nonce, uint64 opsCursor, uint256 balance, uint256 spent, uint256 amount, address bondPayer, address challenger)
func (plasmaChain *PlasmaChain) PackOpenExit(owner common.Address, token common.Address) []byte {
	enc, err := plasmaChain.abi.Pack("openExit", owner, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93bf014c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openExit(address owner, address token) view returns(uint256 exitId, uint64 nonce, uint64 opsCursor, uint256 balance, uint256 spent, uint256 amount, address bondPayer, address challenger)
func (plasmaChain *PlasmaChain) TryPackOpenExit(owner common.Address, token common.Address) ([]byte, error) {
	return plasmaChain.abi.Pack("openExit", owner, token)
}

// OpenExitOutput serves as a container for the return parameters of contract
// method OpenExit.
type OpenExitOutput struct {
	ExitId     *big.Int
	Nonce      uint64
	OpsCursor  uint64
	Balance    *big.Int
	Spent      *big.Int
	Amount     *big.Int
	BondPayer  common.Address
	Challenger common.Address
}

// UnpackOpenExit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x93bf014c.
//
// Solidity: function openExit(address owner, address token) view returns(uint256 exitId, uint64 nonce, uint64 opsCursor, uint256 balance, uint256 spent, uint256 amount, address bondPayer, address challenger)
func (plasmaChain *PlasmaChain) UnpackOpenExit(data []byte) (OpenExitOutput, error) {
	out, err := plasmaChain.abi.Unpack("openExit", data)
	outstruct := new(OpenExitOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.ExitId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Nonce = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.OpsCursor = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.Balance = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.Spent = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	outstruct.Amount = abi.ConvertType(out[5], new(big.Int)).(*big.Int)
	outstruct.BondPayer = *abi.ConvertType(out[6], new(common.Address)).(*common.Address)
	outstruct.Challenger = *abi.ConvertType(out[7], new(common.Address)).(*common.Address)
	return *outstruct, nil
}

// PackOpenRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05115b3c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openRequest(bytes32 ) view returns(uint256)
func (plasmaChain *PlasmaChain) PackOpenRequest(arg0 [32]byte) []byte {
	enc, err := plasmaChain.abi.Pack("openRequest", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05115b3c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openRequest(bytes32 ) view returns(uint256)
func (plasmaChain *PlasmaChain) TryPackOpenRequest(arg0 [32]byte) ([]byte, error) {
	return plasmaChain.abi.Pack("openRequest", arg0)
}

// UnpackOpenRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x05115b3c.
//
// Solidity: function openRequest(bytes32 ) view returns(uint256)
func (plasmaChain *PlasmaChain) UnpackOpenRequest(data []byte) (*big.Int, error) {
	out, err := plasmaChain.abi.Unpack("openRequest", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x570ca735.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operator() view returns(address)
func (plasmaChain *PlasmaChain) PackOperator() []byte {
	enc, err := plasmaChain.abi.Pack("operator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x570ca735.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operator() view returns(address)
func (plasmaChain *PlasmaChain) TryPackOperator() ([]byte, error) {
	return plasmaChain.abi.Pack("operator")
}

// UnpackOperator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x570ca735.
//
// Solidity: function operator() view returns(address)
func (plasmaChain *PlasmaChain) UnpackOperator(data []byte) (common.Address, error) {
	out, err := plasmaChain.abi.Unpack("operator", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOpsCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb1af18a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function opsCount() view returns(uint64)
func (plasmaChain *PlasmaChain) PackOpsCount() []byte {
	enc, err := plasmaChain.abi.Pack("opsCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpsCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb1af18a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function opsCount() view returns(uint64)
func (plasmaChain *PlasmaChain) TryPackOpsCount() ([]byte, error) {
	return plasmaChain.abi.Pack("opsCount")
}

// UnpackOpsCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb1af18a.
//
// Solidity: function opsCount() view returns(uint64)
func (plasmaChain *PlasmaChain) UnpackOpsCount(data []byte) (uint64, error) {
	out, err := plasmaChain.abi.Unpack("opsCount", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOpsHashAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f3b8958.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function opsHashAt(uint256 index) view returns(bytes32)
func (plasmaChain *PlasmaChain) PackOpsHashAt(index *big.Int) []byte {
	enc, err := plasmaChain.abi.Pack("opsHashAt", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpsHashAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f3b8958.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function opsHashAt(uint256 index) view returns(bytes32)
func (plasmaChain *PlasmaChain) TryPackOpsHashAt(index *big.Int) ([]byte, error) {
	return plasmaChain.abi.Pack("opsHashAt", index)
}

// UnpackOpsHashAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3f3b8958.
//
// Solidity: function opsHashAt(uint256 index) view returns(bytes32)
func (plasmaChain *PlasmaChain) UnpackOpsHashAt(data []byte) ([32]byte, error) {
	out, err := plasmaChain.abi.Unpack("opsHashAt", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOpsRing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28dc9fec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function opsRing() view returns(uint256)
func (plasmaChain *PlasmaChain) PackOpsRing() []byte {
	enc, err := plasmaChain.abi.Pack("opsRing")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpsRing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28dc9fec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function opsRing() view returns(uint256)
func (plasmaChain *PlasmaChain) TryPackOpsRing() ([]byte, error) {
	return plasmaChain.abi.Pack("opsRing")
}

// UnpackOpsRing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x28dc9fec.
//
// Solidity: function opsRing() view returns(uint256)
func (plasmaChain *PlasmaChain) UnpackOpsRing(data []byte) (*big.Int, error) {
	out, err := plasmaChain.abi.Unpack("opsRing", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOpsTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaeb2553f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function opsTimeout() view returns(uint64)
func (plasmaChain *PlasmaChain) PackOpsTimeout() []byte {
	enc, err := plasmaChain.abi.Pack("opsTimeout")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpsTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaeb2553f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function opsTimeout() view returns(uint64)
func (plasmaChain *PlasmaChain) TryPackOpsTimeout() ([]byte, error) {
	return plasmaChain.abi.Pack("opsTimeout")
}

// UnpackOpsTimeout is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaeb2553f.
//
// Solidity: function opsTimeout() view returns(uint64)
func (plasmaChain *PlasmaChain) UnpackOpsTimeout(data []byte) (uint64, error) {
	out, err := plasmaChain.abi.Unpack("opsTimeout", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackQueueHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5385b100.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queueHead(address token) view returns(uint256 exitId, address owner)
func (plasmaChain *PlasmaChain) PackQueueHead(token common.Address) []byte {
	enc, err := plasmaChain.abi.Pack("queueHead", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueueHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5385b100.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queueHead(address token) view returns(uint256 exitId, address owner)
func (plasmaChain *PlasmaChain) TryPackQueueHead(token common.Address) ([]byte, error) {
	return plasmaChain.abi.Pack("queueHead", token)
}

// QueueHeadOutput serves as a container for the return parameters of contract
// method QueueHead.
type QueueHeadOutput struct {
	ExitId *big.Int
	Owner  common.Address
}

// UnpackQueueHead is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5385b100.
//
// Solidity: function queueHead(address token) view returns(uint256 exitId, address owner)
func (plasmaChain *PlasmaChain) UnpackQueueHead(data []byte) (QueueHeadOutput, error) {
	out, err := plasmaChain.abi.Unpack("queueHead", data)
	outstruct := new(QueueHeadOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.ExitId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Owner = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	return *outstruct, nil
}

// PackQueueLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1d39ede.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queueLength(address token) view returns(uint256)
func (plasmaChain *PlasmaChain) PackQueueLength(token common.Address) []byte {
	enc, err := plasmaChain.abi.Pack("queueLength", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueueLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1d39ede.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queueLength(address token) view returns(uint256)
func (plasmaChain *PlasmaChain) TryPackQueueLength(token common.Address) ([]byte, error) {
	return plasmaChain.abi.Pack("queueLength", token)
}

// UnpackQueueLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1d39ede.
//
// Solidity: function queueLength(address token) view returns(uint256)
func (plasmaChain *PlasmaChain) UnpackQueueLength(data []byte) (*big.Int, error) {
	out, err := plasmaChain.abi.Unpack("queueLength", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReclaimRequestBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d0d7401.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaimRequestBond(uint256 requestId) returns()
func (plasmaChain *PlasmaChain) PackReclaimRequestBond(requestId *big.Int) []byte {
	enc, err := plasmaChain.abi.Pack("reclaimRequestBond", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReclaimRequestBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d0d7401.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reclaimRequestBond(uint256 requestId) returns()
func (plasmaChain *PlasmaChain) TryPackReclaimRequestBond(requestId *big.Int) ([]byte, error) {
	return plasmaChain.abi.Pack("reclaimRequestBond", requestId)
}

// PackRequestBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d21f296.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestBond() view returns(uint256)
func (plasmaChain *PlasmaChain) PackRequestBond() []byte {
	enc, err := plasmaChain.abi.Pack("requestBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d21f296.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestBond() view returns(uint256)
func (plasmaChain *PlasmaChain) TryPackRequestBond() ([]byte, error) {
	return plasmaChain.abi.Pack("requestBond")
}

// UnpackRequestBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3d21f296.
//
// Solidity: function requestBond() view returns(uint256)
func (plasmaChain *PlasmaChain) UnpackRequestBond(data []byte) (*big.Int, error) {
	out, err := plasmaChain.abi.Unpack("requestBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5badbe4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestCount() view returns(uint256)
func (plasmaChain *PlasmaChain) PackRequestCount() []byte {
	enc, err := plasmaChain.abi.Pack("requestCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5badbe4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestCount() view returns(uint256)
func (plasmaChain *PlasmaChain) TryPackRequestCount() ([]byte, error) {
	return plasmaChain.abi.Pack("requestCount")
}

// UnpackRequestCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5badbe4c.
//
// Solidity: function requestCount() view returns(uint256)
func (plasmaChain *PlasmaChain) UnpackRequestCount(data []byte) (*big.Int, error) {
	out, err := plasmaChain.abi.Unpack("requestCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestMaxAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82ad5354.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestMaxAge() view returns(uint64)
func (plasmaChain *PlasmaChain) PackRequestMaxAge() []byte {
	enc, err := plasmaChain.abi.Pack("requestMaxAge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestMaxAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82ad5354.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestMaxAge() view returns(uint64)
func (plasmaChain *PlasmaChain) TryPackRequestMaxAge() ([]byte, error) {
	return plasmaChain.abi.Pack("requestMaxAge")
}

// UnpackRequestMaxAge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82ad5354.
//
// Solidity: function requestMaxAge() view returns(uint64)
func (plasmaChain *PlasmaChain) UnpackRequestMaxAge(data []byte) (uint64, error) {
	out, err := plasmaChain.abi.Unpack("requestMaxAge", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRequestProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1a21cfb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestProof(address owner, address token, (uint64,bytes32,bytes32,uint64,bytes32,uint64) header, uint64 committedAt) payable returns(uint256 id)
func (plasmaChain *PlasmaChain) PackRequestProof(owner common.Address, token common.Address, header PlasmaChainHeader, committedAt uint64) []byte {
	enc, err := plasmaChain.abi.Pack("requestProof", owner, token, header, committedAt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1a21cfb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestProof(address owner, address token, (uint64,bytes32,bytes32,uint64,bytes32,uint64) header, uint64 committedAt) payable returns(uint256 id)
func (plasmaChain *PlasmaChain) TryPackRequestProof(owner common.Address, token common.Address, header PlasmaChainHeader, committedAt uint64) ([]byte, error) {
	return plasmaChain.abi.Pack("requestProof", owner, token, header, committedAt)
}

// UnpackRequestProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd1a21cfb.
//
// Solidity: function requestProof(address owner, address token, (uint64,bytes32,bytes32,uint64,bytes32,uint64) header, uint64 committedAt) payable returns(uint256 id)
func (plasmaChain *PlasmaChain) UnpackRequestProof(data []byte) (*big.Int, error) {
	out, err := plasmaChain.abi.Unpack("requestProof", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequests is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81d12c58.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requests(uint256 ) view returns(address requester, uint40 deadline, uint32 blockNumber, uint8 status, address owner, uint96 bond, address token, bytes32 stateRoot)
func (plasmaChain *PlasmaChain) PackRequests(arg0 *big.Int) []byte {
	enc, err := plasmaChain.abi.Pack("requests", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequests is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81d12c58.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requests(uint256 ) view returns(address requester, uint40 deadline, uint32 blockNumber, uint8 status, address owner, uint96 bond, address token, bytes32 stateRoot)
func (plasmaChain *PlasmaChain) TryPackRequests(arg0 *big.Int) ([]byte, error) {
	return plasmaChain.abi.Pack("requests", arg0)
}

// RequestsOutput serves as a container for the return parameters of contract
// method Requests.
type RequestsOutput struct {
	Requester   common.Address
	Deadline    *big.Int
	BlockNumber uint32
	Status      uint8
	Owner       common.Address
	Bond        *big.Int
	Token       common.Address
	StateRoot   [32]byte
}

// UnpackRequests is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x81d12c58.
//
// Solidity: function requests(uint256 ) view returns(address requester, uint40 deadline, uint32 blockNumber, uint8 status, address owner, uint96 bond, address token, bytes32 stateRoot)
func (plasmaChain *PlasmaChain) UnpackRequests(data []byte) (RequestsOutput, error) {
	out, err := plasmaChain.abi.Unpack("requests", data)
	outstruct := new(RequestsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Requester = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Deadline = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.BlockNumber = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	outstruct.Status = *abi.ConvertType(out[3], new(uint8)).(*uint8)
	outstruct.Owner = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Bond = abi.ConvertType(out[5], new(big.Int)).(*big.Int)
	outstruct.Token = *abi.ConvertType(out[6], new(common.Address)).(*common.Address)
	outstruct.StateRoot = *abi.ConvertType(out[7], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackReserveOps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2df27c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reserveOps(uint256 count) returns()
func (plasmaChain *PlasmaChain) PackReserveOps(count *big.Int) []byte {
	enc, err := plasmaChain.abi.Pack("reserveOps", count)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReserveOps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2df27c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reserveOps(uint256 count) returns()
func (plasmaChain *PlasmaChain) TryPackReserveOps(count *big.Int) ([]byte, error) {
	return plasmaChain.abi.Pack("reserveOps", count)
}

// PackResponseWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeddada1c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function responseWindow() view returns(uint64)
func (plasmaChain *PlasmaChain) PackResponseWindow() []byte {
	enc, err := plasmaChain.abi.Pack("responseWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResponseWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeddada1c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function responseWindow() view returns(uint64)
func (plasmaChain *PlasmaChain) TryPackResponseWindow() ([]byte, error) {
	return plasmaChain.abi.Pack("responseWindow")
}

// UnpackResponseWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeddada1c.
//
// Solidity: function responseWindow() view returns(uint64)
func (plasmaChain *PlasmaChain) UnpackResponseWindow(data []byte) (uint64, error) {
	out, err := plasmaChain.abi.Unpack("responseWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSpentFloor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a1d2a80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function spentFloor(address owner, address token) view returns(uint256)
func (plasmaChain *PlasmaChain) PackSpentFloor(owner common.Address, token common.Address) []byte {
	enc, err := plasmaChain.abi.Pack("spentFloor", owner, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSpentFloor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a1d2a80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function spentFloor(address owner, address token) view returns(uint256)
func (plasmaChain *PlasmaChain) TryPackSpentFloor(owner common.Address, token common.Address) ([]byte, error) {
	return plasmaChain.abi.Pack("spentFloor", owner, token)
}

// UnpackSpentFloor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a1d2a80.
//
// Solidity: function spentFloor(address owner, address token) view returns(uint256)
func (plasmaChain *PlasmaChain) UnpackSpentFloor(data []byte) (*big.Int, error) {
	out, err := plasmaChain.abi.Unpack("spentFloor", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStartExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64e98c25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function startExit((uint64,bytes32,bytes32,uint64,bytes32,uint64) header, uint64 committedAt, address token, (uint256,uint64,uint256) leaf, bytes proof) payable returns()
func (plasmaChain *PlasmaChain) PackStartExit(header PlasmaChainHeader, committedAt uint64, token common.Address, leaf PlasmaChainLeaf, proof []byte) []byte {
	enc, err := plasmaChain.abi.Pack("startExit", header, committedAt, token, leaf, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStartExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64e98c25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function startExit((uint64,bytes32,bytes32,uint64,bytes32,uint64) header, uint64 committedAt, address token, (uint256,uint64,uint256) leaf, bytes proof) payable returns()
func (plasmaChain *PlasmaChain) TryPackStartExit(header PlasmaChainHeader, committedAt uint64, token common.Address, leaf PlasmaChainLeaf, proof []byte) ([]byte, error) {
	return plasmaChain.abi.Pack("startExit", header, committedAt, token, leaf, proof)
}

// PackStartExitFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49e7fa14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function startExitFor(address owner, (uint64,bytes32,bytes32,uint64,bytes32,uint64) header, uint64 committedAt, address token, (uint256,uint64,uint256) leaf, bytes proof, uint64 authDeadline, bytes authSignature) payable returns()
func (plasmaChain *PlasmaChain) PackStartExitFor(owner common.Address, header PlasmaChainHeader, committedAt uint64, token common.Address, leaf PlasmaChainLeaf, proof []byte, authDeadline uint64, authSignature []byte) []byte {
	enc, err := plasmaChain.abi.Pack("startExitFor", owner, header, committedAt, token, leaf, proof, authDeadline, authSignature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStartExitFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49e7fa14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function startExitFor(address owner, (uint64,bytes32,bytes32,uint64,bytes32,uint64) header, uint64 committedAt, address token, (uint256,uint64,uint256) leaf, bytes proof, uint64 authDeadline, bytes authSignature) payable returns()
func (plasmaChain *PlasmaChain) TryPackStartExitFor(owner common.Address, header PlasmaChainHeader, committedAt uint64, token common.Address, leaf PlasmaChainLeaf, proof []byte, authDeadline uint64, authSignature []byte) ([]byte, error) {
	return plasmaChain.abi.Pack("startExitFor", owner, header, committedAt, token, leaf, proof, authDeadline, authSignature)
}

// PackTransferDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23519ac2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferDigest((address,address,address,uint256,uint64,uint256,uint256,uint64) t) view returns(bytes32)
func (plasmaChain *PlasmaChain) PackTransferDigest(t PlasmaChainTransfer) []byte {
	enc, err := plasmaChain.abi.Pack("transferDigest", t)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23519ac2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferDigest((address,address,address,uint256,uint64,uint256,uint256,uint64) t) view returns(bytes32)
func (plasmaChain *PlasmaChain) TryPackTransferDigest(t PlasmaChainTransfer) ([]byte, error) {
	return plasmaChain.abi.Pack("transferDigest", t)
}

// UnpackTransferDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23519ac2.
//
// Solidity: function transferDigest((address,address,address,uint256,uint64,uint256,uint256,uint64) t) view returns(bytes32)
func (plasmaChain *PlasmaChain) UnpackTransferDigest(data []byte) ([32]byte, error) {
	out, err := plasmaChain.abi.Unpack("transferDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackUsedAuthorizations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5a1780b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function usedAuthorizations(bytes32 ) view returns(bool)
func (plasmaChain *PlasmaChain) PackUsedAuthorizations(arg0 [32]byte) []byte {
	enc, err := plasmaChain.abi.Pack("usedAuthorizations", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUsedAuthorizations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5a1780b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function usedAuthorizations(bytes32 ) view returns(bool)
func (plasmaChain *PlasmaChain) TryPackUsedAuthorizations(arg0 [32]byte) ([]byte, error) {
	return plasmaChain.abi.Pack("usedAuthorizations", arg0)
}

// UnpackUsedAuthorizations is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5a1780b.
//
// Solidity: function usedAuthorizations(bytes32 ) view returns(bool)
func (plasmaChain *PlasmaChain) UnpackUsedAuthorizations(data []byte) (bool, error) {
	out, err := plasmaChain.abi.Unpack("usedAuthorizations", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address token) returns()
func (plasmaChain *PlasmaChain) PackWithdraw(token common.Address) []byte {
	enc, err := plasmaChain.abi.Pack("withdraw", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address token) returns()
func (plasmaChain *PlasmaChain) TryPackWithdraw(token common.Address) ([]byte, error) {
	return plasmaChain.abi.Pack("withdraw", token)
}

// PackWithdrawable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0314d27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawable(address , address ) view returns(uint256)
func (plasmaChain *PlasmaChain) PackWithdrawable(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := plasmaChain.abi.Pack("withdrawable", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0314d27.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawable(address , address ) view returns(uint256)
func (plasmaChain *PlasmaChain) TryPackWithdrawable(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return plasmaChain.abi.Pack("withdrawable", arg0, arg1)
}

// UnpackWithdrawable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc0314d27.
//
// Solidity: function withdrawable(address , address ) view returns(uint256)
func (plasmaChain *PlasmaChain) UnpackWithdrawable(data []byte) (*big.Int, error) {
	out, err := plasmaChain.abi.Unpack("withdrawable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PlasmaChainBlockCommitted represents a BlockCommitted event raised by the PlasmaChain contract.
type PlasmaChainBlockCommitted struct {
	Number      uint64
	StateRoot   [32]byte
	TxRoot      [32]byte
	OpsCursor   uint64
	OpsHash     [32]byte
	Timestamp   uint64
	CommittedAt uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const PlasmaChainBlockCommittedEventName = "BlockCommitted"

// ContractEventName returns the user-defined event name.
func (PlasmaChainBlockCommitted) ContractEventName() string {
	return PlasmaChainBlockCommittedEventName
}

// UnpackBlockCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BlockCommitted(uint64 indexed number, bytes32 stateRoot, bytes32 txRoot, uint64 opsCursor, bytes32 opsHash, uint64 timestamp, uint64 committedAt)
func (plasmaChain *PlasmaChain) UnpackBlockCommittedEvent(log *types.Log) (*PlasmaChainBlockCommitted, error) {
	event := "BlockCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plasmaChain.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlasmaChainBlockCommitted)
	if len(log.Data) > 0 {
		if err := plasmaChain.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plasmaChain.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PlasmaChainDeposited represents a Deposited event raised by the PlasmaChain contract.
type PlasmaChainDeposited struct {
	Owner   common.Address
	Token   common.Address
	Amount  *big.Int
	OpIndex uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const PlasmaChainDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (PlasmaChainDeposited) ContractEventName() string {
	return PlasmaChainDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed owner, address indexed token, uint256 amount, uint64 opIndex)
func (plasmaChain *PlasmaChain) UnpackDepositedEvent(log *types.Log) (*PlasmaChainDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plasmaChain.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlasmaChainDeposited)
	if len(log.Data) > 0 {
		if err := plasmaChain.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plasmaChain.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PlasmaChainExitChallenged represents a ExitChallenged event raised by the PlasmaChain contract.
type PlasmaChainExitChallenged struct {
	ExitId       *big.Int
	Challenger   common.Address
	TransferHash [32]byte
	SpendBlock   uint64
	SpentFloor   *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const PlasmaChainExitChallengedEventName = "ExitChallenged"

// ContractEventName returns the user-defined event name.
func (PlasmaChainExitChallenged) ContractEventName() string {
	return PlasmaChainExitChallengedEventName
}

// UnpackExitChallengedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExitChallenged(uint256 indexed exitId, address indexed challenger, bytes32 transferHash, uint64 spendBlock, uint256 spentFloor)
func (plasmaChain *PlasmaChain) UnpackExitChallengedEvent(log *types.Log) (*PlasmaChainExitChallenged, error) {
	event := "ExitChallenged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plasmaChain.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlasmaChainExitChallenged)
	if len(log.Data) > 0 {
		if err := plasmaChain.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plasmaChain.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PlasmaChainExitFinalized represents a ExitFinalized event raised by the PlasmaChain contract.
type PlasmaChainExitFinalized struct {
	ExitId *big.Int
	Owner  common.Address
	Token  common.Address
	Paid   *big.Int
	Nonce  uint64
	Raw    *types.Log // Blockchain specific contextual infos
}

const PlasmaChainExitFinalizedEventName = "ExitFinalized"

// ContractEventName returns the user-defined event name.
func (PlasmaChainExitFinalized) ContractEventName() string {
	return PlasmaChainExitFinalizedEventName
}

// UnpackExitFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExitFinalized(uint256 indexed exitId, address indexed owner, address indexed token, uint256 paid, uint64 nonce)
func (plasmaChain *PlasmaChain) UnpackExitFinalizedEvent(log *types.Log) (*PlasmaChainExitFinalized, error) {
	event := "ExitFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plasmaChain.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlasmaChainExitFinalized)
	if len(log.Data) > 0 {
		if err := plasmaChain.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plasmaChain.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PlasmaChainExitReplaced represents a ExitReplaced event raised by the PlasmaChain contract.
type PlasmaChainExitReplaced struct {
	OldExitId *big.Int
	NewExitId *big.Int
	Owner     common.Address
	Token     common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const PlasmaChainExitReplacedEventName = "ExitReplaced"

// ContractEventName returns the user-defined event name.
func (PlasmaChainExitReplaced) ContractEventName() string {
	return PlasmaChainExitReplacedEventName
}

// UnpackExitReplacedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExitReplaced(uint256 indexed oldExitId, uint256 indexed newExitId, address indexed owner, address token)
func (plasmaChain *PlasmaChain) UnpackExitReplacedEvent(log *types.Log) (*PlasmaChainExitReplaced, error) {
	event := "ExitReplaced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plasmaChain.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlasmaChainExitReplaced)
	if len(log.Data) > 0 {
		if err := plasmaChain.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plasmaChain.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PlasmaChainExitStarted represents a ExitStarted event raised by the PlasmaChain contract.
type PlasmaChainExitStarted struct {
	ExitId      *big.Int
	Owner       common.Address
	Token       common.Address
	BlockNumber uint64
	Leaf        PlasmaChainLeaf
	Amount      *big.Int
	ExitableAt  uint64
	BondPayer   common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const PlasmaChainExitStartedEventName = "ExitStarted"

// ContractEventName returns the user-defined event name.
func (PlasmaChainExitStarted) ContractEventName() string {
	return PlasmaChainExitStartedEventName
}

// UnpackExitStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExitStarted(uint256 indexed exitId, address indexed owner, address indexed token, uint64 blockNumber, (uint256,uint64,uint256) leaf, uint256 amount, uint64 exitableAt, address bondPayer)
func (plasmaChain *PlasmaChain) UnpackExitStartedEvent(log *types.Log) (*PlasmaChainExitStarted, error) {
	event := "ExitStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plasmaChain.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlasmaChainExitStarted)
	if len(log.Data) > 0 {
		if err := plasmaChain.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plasmaChain.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PlasmaChainFrozen represents a Frozen event raised by the PlasmaChain contract.
type PlasmaChainFrozen struct {
	Reason uint8
	Id     *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const PlasmaChainFrozenEventName = "Frozen"

// ContractEventName returns the user-defined event name.
func (PlasmaChainFrozen) ContractEventName() string {
	return PlasmaChainFrozenEventName
}

// UnpackFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Frozen(uint8 reason, uint256 id)
func (plasmaChain *PlasmaChain) UnpackFrozenEvent(log *types.Log) (*PlasmaChainFrozen, error) {
	event := "Frozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plasmaChain.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlasmaChainFrozen)
	if len(log.Data) > 0 {
		if err := plasmaChain.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plasmaChain.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PlasmaChainOperationAppended represents a OperationAppended event raised by the PlasmaChain contract.
type PlasmaChainOperationAppended struct {
	Index   uint64
	Kind    uint8
	Owner   common.Address
	Token   common.Address
	Amount  *big.Int
	Nonce   uint64
	OpsHash [32]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const PlasmaChainOperationAppendedEventName = "OperationAppended"

// ContractEventName returns the user-defined event name.
func (PlasmaChainOperationAppended) ContractEventName() string {
	return PlasmaChainOperationAppendedEventName
}

// UnpackOperationAppendedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OperationAppended(uint64 indexed index, uint8 kind, address indexed owner, address indexed token, uint256 amount, uint64 nonce, bytes32 opsHash)
func (plasmaChain *PlasmaChain) UnpackOperationAppendedEvent(log *types.Log) (*PlasmaChainOperationAppended, error) {
	event := "OperationAppended"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plasmaChain.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlasmaChainOperationAppended)
	if len(log.Data) > 0 {
		if err := plasmaChain.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plasmaChain.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PlasmaChainProofAnswered represents a ProofAnswered event raised by the PlasmaChain contract.
type PlasmaChainProofAnswered struct {
	RequestId   *big.Int
	Owner       common.Address
	Token       common.Address
	BlockNumber uint64
	Balance     *big.Int
	Nonce       uint64
	Spent       *big.Int
	Proof       []byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const PlasmaChainProofAnsweredEventName = "ProofAnswered"

// ContractEventName returns the user-defined event name.
func (PlasmaChainProofAnswered) ContractEventName() string {
	return PlasmaChainProofAnsweredEventName
}

// UnpackProofAnsweredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProofAnswered(uint256 indexed requestId, address indexed owner, address indexed token, uint64 blockNumber, uint256 balance, uint64 nonce, uint256 spent, bytes proof)
func (plasmaChain *PlasmaChain) UnpackProofAnsweredEvent(log *types.Log) (*PlasmaChainProofAnswered, error) {
	event := "ProofAnswered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plasmaChain.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlasmaChainProofAnswered)
	if len(log.Data) > 0 {
		if err := plasmaChain.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plasmaChain.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PlasmaChainProofRequested represents a ProofRequested event raised by the PlasmaChain contract.
type PlasmaChainProofRequested struct {
	RequestId   *big.Int
	Owner       common.Address
	Token       common.Address
	BlockNumber uint64
	Requester   common.Address
	Bond        *big.Int
	Deadline    uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const PlasmaChainProofRequestedEventName = "ProofRequested"

// ContractEventName returns the user-defined event name.
func (PlasmaChainProofRequested) ContractEventName() string {
	return PlasmaChainProofRequestedEventName
}

// UnpackProofRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProofRequested(uint256 indexed requestId, address indexed owner, address indexed token, uint64 blockNumber, address requester, uint256 bond, uint64 deadline)
func (plasmaChain *PlasmaChain) UnpackProofRequestedEvent(log *types.Log) (*PlasmaChainProofRequested, error) {
	event := "ProofRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plasmaChain.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlasmaChainProofRequested)
	if len(log.Data) > 0 {
		if err := plasmaChain.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plasmaChain.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PlasmaChainRequestBondReclaimed represents a RequestBondReclaimed event raised by the PlasmaChain contract.
type PlasmaChainRequestBondReclaimed struct {
	RequestId *big.Int
	Requester common.Address
	Bond      *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const PlasmaChainRequestBondReclaimedEventName = "RequestBondReclaimed"

// ContractEventName returns the user-defined event name.
func (PlasmaChainRequestBondReclaimed) ContractEventName() string {
	return PlasmaChainRequestBondReclaimedEventName
}

// UnpackRequestBondReclaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestBondReclaimed(uint256 indexed requestId, address indexed requester, uint256 bond)
func (plasmaChain *PlasmaChain) UnpackRequestBondReclaimedEvent(log *types.Log) (*PlasmaChainRequestBondReclaimed, error) {
	event := "RequestBondReclaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plasmaChain.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlasmaChainRequestBondReclaimed)
	if len(log.Data) > 0 {
		if err := plasmaChain.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plasmaChain.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PlasmaChainWithdrawn represents a Withdrawn event raised by the PlasmaChain contract.
type PlasmaChainWithdrawn struct {
	Owner  common.Address
	Token  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const PlasmaChainWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (PlasmaChainWithdrawn) ContractEventName() string {
	return PlasmaChainWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed owner, address indexed token, uint256 amount)
func (plasmaChain *PlasmaChain) UnpackWithdrawnEvent(log *types.Log) (*PlasmaChainWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plasmaChain.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlasmaChainWithdrawn)
	if len(log.Data) > 0 {
		if err := plasmaChain.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plasmaChain.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (plasmaChain *PlasmaChain) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["AuthorizationExpired"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackAuthorizationExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["AuthorizationUsed"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackAuthorizationUsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["BadFreezeReason"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackBadFreezeReasonError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["BadSignature"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["BlockTooOld"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackBlockTooOldError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["ChainFrozen"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackChainFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["CursorBackwards"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackCursorBackwardsError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["CursorBeyondOps"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackCursorBeyondOpsError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["DepositTooLarge"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackDepositTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["ExitAlreadyOpen"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackExitAlreadyOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["ExitAmountZero"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackExitAmountZeroError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["ExitMatured"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackExitMaturedError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["ExitNotOpen"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackExitNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["FreezeNotDue"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackFreezeNotDueError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["HeaderMismatch"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackHeaderMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["InvalidConfig"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackInvalidConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["NoHeaders"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackNoHeadersError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["NonConsecutive"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackNonConsecutiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["NonceExited"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackNonceExitedError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["NonceTooLarge"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackNonceTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["NotFrozen"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackNotFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["NotIncluded"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackNotIncludedError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["NotOperator"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackNotOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["NothingReceived"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackNothingReceivedError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["OpUncovered"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackOpUncoveredError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["OpsHashMismatch"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackOpsHashMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["OutOfWindow"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackOutOfWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["RequestAlreadyOpen"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackRequestAlreadyOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["RequestAnswered"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackRequestAnsweredError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["RequestBondTooLow"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackRequestBondTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["RequestNotOpen"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackRequestNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["SpendNotLater"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackSpendNotLaterError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["SpentNotAbove"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackSpentNotAboveError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["TimestampAhead"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackTimestampAheadError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["TimestampBackwards"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackTimestampBackwardsError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["TimestampTooOld"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackTimestampTooOldError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["TokenHasNoCode"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackTokenHasNoCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["TooManyBlocks"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackTooManyBlocksError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["TooManyExits"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackTooManyExitsError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["TransferExpired"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackTransferExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["UnknownRequest"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackUnknownRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["WithdrawFailed"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackWithdrawFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["WrongBond"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackWrongBondError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PlasmaChainAuthorizationExpired represents a AuthorizationExpired error raised by the PlasmaChain contract.
type PlasmaChainAuthorizationExpired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AuthorizationExpired()
func PlasmaChainAuthorizationExpiredErrorID() common.Hash {
	return common.HexToHash("0x0f05f5bfa72101059ba5651871d96682a3f2a996379bb3603e7e1b277b73f5ac")
}

// UnpackAuthorizationExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AuthorizationExpired()
func (plasmaChain *PlasmaChain) UnpackAuthorizationExpiredError(raw []byte) (*PlasmaChainAuthorizationExpired, error) {
	out := new(PlasmaChainAuthorizationExpired)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "AuthorizationExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainAuthorizationUsed represents a AuthorizationUsed error raised by the PlasmaChain contract.
type PlasmaChainAuthorizationUsed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AuthorizationUsed()
func PlasmaChainAuthorizationUsedErrorID() common.Hash {
	return common.HexToHash("0x18b980b2c31664c3da77ea5ea1cba339c9846d53bd6c3717f682752f06cd4b0c")
}

// UnpackAuthorizationUsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AuthorizationUsed()
func (plasmaChain *PlasmaChain) UnpackAuthorizationUsedError(raw []byte) (*PlasmaChainAuthorizationUsed, error) {
	out := new(PlasmaChainAuthorizationUsed)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "AuthorizationUsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainBadFreezeReason represents a BadFreezeReason error raised by the PlasmaChain contract.
type PlasmaChainBadFreezeReason struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadFreezeReason()
func PlasmaChainBadFreezeReasonErrorID() common.Hash {
	return common.HexToHash("0xbd7d7dda4c0a56e98619d31319270186a66d733ceff4b0064fb470543a815ecb")
}

// UnpackBadFreezeReasonError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadFreezeReason()
func (plasmaChain *PlasmaChain) UnpackBadFreezeReasonError(raw []byte) (*PlasmaChainBadFreezeReason, error) {
	out := new(PlasmaChainBadFreezeReason)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "BadFreezeReason", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainBadSignature represents a BadSignature error raised by the PlasmaChain contract.
type PlasmaChainBadSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignature()
func PlasmaChainBadSignatureErrorID() common.Hash {
	return common.HexToHash("0x5cd5d2335541c4f2ed05fbe44f397e8b79f8e2333157122d2dab06e378ef7685")
}

// UnpackBadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignature()
func (plasmaChain *PlasmaChain) UnpackBadSignatureError(raw []byte) (*PlasmaChainBadSignature, error) {
	out := new(PlasmaChainBadSignature)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "BadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainBlockTooOld represents a BlockTooOld error raised by the PlasmaChain contract.
type PlasmaChainBlockTooOld struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BlockTooOld()
func PlasmaChainBlockTooOldErrorID() common.Hash {
	return common.HexToHash("0xc2ffbcec4370a4731c746045d892e4eac05290f6219e32382962fad63aa2db4c")
}

// UnpackBlockTooOldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BlockTooOld()
func (plasmaChain *PlasmaChain) UnpackBlockTooOldError(raw []byte) (*PlasmaChainBlockTooOld, error) {
	out := new(PlasmaChainBlockTooOld)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "BlockTooOld", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainChainFrozen represents a ChainFrozen error raised by the PlasmaChain contract.
type PlasmaChainChainFrozen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChainFrozen()
func PlasmaChainChainFrozenErrorID() common.Hash {
	return common.HexToHash("0x7e85d5f74b89124b76ada81711e85363e960240abb776e84460ff2e17e122b46")
}

// UnpackChainFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChainFrozen()
func (plasmaChain *PlasmaChain) UnpackChainFrozenError(raw []byte) (*PlasmaChainChainFrozen, error) {
	out := new(PlasmaChainChainFrozen)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "ChainFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainCursorBackwards represents a CursorBackwards error raised by the PlasmaChain contract.
type PlasmaChainCursorBackwards struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CursorBackwards()
func PlasmaChainCursorBackwardsErrorID() common.Hash {
	return common.HexToHash("0x79d749b3f1d12508275e9d7627ced5bd7f71e0cf0bb857ccff2227839f159a86")
}

// UnpackCursorBackwardsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CursorBackwards()
func (plasmaChain *PlasmaChain) UnpackCursorBackwardsError(raw []byte) (*PlasmaChainCursorBackwards, error) {
	out := new(PlasmaChainCursorBackwards)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "CursorBackwards", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainCursorBeyondOps represents a CursorBeyondOps error raised by the PlasmaChain contract.
type PlasmaChainCursorBeyondOps struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CursorBeyondOps()
func PlasmaChainCursorBeyondOpsErrorID() common.Hash {
	return common.HexToHash("0x48c69b0e430631d62ea61907a23fce9ce34e0df917a1e3280c3cef330f8e4640")
}

// UnpackCursorBeyondOpsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CursorBeyondOps()
func (plasmaChain *PlasmaChain) UnpackCursorBeyondOpsError(raw []byte) (*PlasmaChainCursorBeyondOps, error) {
	out := new(PlasmaChainCursorBeyondOps)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "CursorBeyondOps", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainDepositTooLarge represents a DepositTooLarge error raised by the PlasmaChain contract.
type PlasmaChainDepositTooLarge struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositTooLarge()
func PlasmaChainDepositTooLargeErrorID() common.Hash {
	return common.HexToHash("0xc56d46d36a2d84aef20d9c3d6af42b6c3db1785c8769fa476d5b9d4984177595")
}

// UnpackDepositTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositTooLarge()
func (plasmaChain *PlasmaChain) UnpackDepositTooLargeError(raw []byte) (*PlasmaChainDepositTooLarge, error) {
	out := new(PlasmaChainDepositTooLarge)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "DepositTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainExitAlreadyOpen represents a ExitAlreadyOpen error raised by the PlasmaChain contract.
type PlasmaChainExitAlreadyOpen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExitAlreadyOpen()
func PlasmaChainExitAlreadyOpenErrorID() common.Hash {
	return common.HexToHash("0xb9a37253542375f1174bbe1766c5135c09951d6d94c136ddf87930989cc7d545")
}

// UnpackExitAlreadyOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExitAlreadyOpen()
func (plasmaChain *PlasmaChain) UnpackExitAlreadyOpenError(raw []byte) (*PlasmaChainExitAlreadyOpen, error) {
	out := new(PlasmaChainExitAlreadyOpen)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "ExitAlreadyOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainExitAmountZero represents a ExitAmountZero error raised by the PlasmaChain contract.
type PlasmaChainExitAmountZero struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExitAmountZero()
func PlasmaChainExitAmountZeroErrorID() common.Hash {
	return common.HexToHash("0x32fa85e140f25ce5ebc1dd9c51a517083e761436ec43bbfe1f0b16a427204289")
}

// UnpackExitAmountZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExitAmountZero()
func (plasmaChain *PlasmaChain) UnpackExitAmountZeroError(raw []byte) (*PlasmaChainExitAmountZero, error) {
	out := new(PlasmaChainExitAmountZero)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "ExitAmountZero", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainExitMatured represents a ExitMatured error raised by the PlasmaChain contract.
type PlasmaChainExitMatured struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExitMatured()
func PlasmaChainExitMaturedErrorID() common.Hash {
	return common.HexToHash("0xe4b1b7bcb84bb1752e95935f5e97392b15868b3fc10368b1e7f3eee766338ee3")
}

// UnpackExitMaturedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExitMatured()
func (plasmaChain *PlasmaChain) UnpackExitMaturedError(raw []byte) (*PlasmaChainExitMatured, error) {
	out := new(PlasmaChainExitMatured)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "ExitMatured", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainExitNotOpen represents a ExitNotOpen error raised by the PlasmaChain contract.
type PlasmaChainExitNotOpen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExitNotOpen()
func PlasmaChainExitNotOpenErrorID() common.Hash {
	return common.HexToHash("0xc1a7bb5d48edb22ee8dbf2c52b4b15f313595f5700a89238f941eb1001dc8892")
}

// UnpackExitNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExitNotOpen()
func (plasmaChain *PlasmaChain) UnpackExitNotOpenError(raw []byte) (*PlasmaChainExitNotOpen, error) {
	out := new(PlasmaChainExitNotOpen)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "ExitNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainFreezeNotDue represents a FreezeNotDue error raised by the PlasmaChain contract.
type PlasmaChainFreezeNotDue struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FreezeNotDue()
func PlasmaChainFreezeNotDueErrorID() common.Hash {
	return common.HexToHash("0x8f16a6018c1c9eae181781c0b5cd729b9c0e51ba5f439f2fd538b0fc8d8dbc6b")
}

// UnpackFreezeNotDueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FreezeNotDue()
func (plasmaChain *PlasmaChain) UnpackFreezeNotDueError(raw []byte) (*PlasmaChainFreezeNotDue, error) {
	out := new(PlasmaChainFreezeNotDue)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "FreezeNotDue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainHeaderMismatch represents a HeaderMismatch error raised by the PlasmaChain contract.
type PlasmaChainHeaderMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HeaderMismatch()
func PlasmaChainHeaderMismatchErrorID() common.Hash {
	return common.HexToHash("0xc27d13b96183498c3066fda568aa32e582e2cdcaf1f02a7c22ac233f1fd0dce0")
}

// UnpackHeaderMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HeaderMismatch()
func (plasmaChain *PlasmaChain) UnpackHeaderMismatchError(raw []byte) (*PlasmaChainHeaderMismatch, error) {
	out := new(PlasmaChainHeaderMismatch)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "HeaderMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainInvalidConfig represents a InvalidConfig error raised by the PlasmaChain contract.
type PlasmaChainInvalidConfig struct {
	Field string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidConfig(string field)
func PlasmaChainInvalidConfigErrorID() common.Hash {
	return common.HexToHash("0x89a61989863f97edef3cf9672465dbf8e5f073c532d59146a86917af6f971ea7")
}

// UnpackInvalidConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidConfig(string field)
func (plasmaChain *PlasmaChain) UnpackInvalidConfigError(raw []byte) (*PlasmaChainInvalidConfig, error) {
	out := new(PlasmaChainInvalidConfig)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "InvalidConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainInvalidProof represents a InvalidProof error raised by the PlasmaChain contract.
type PlasmaChainInvalidProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof()
func PlasmaChainInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x09bde339c6b182be216ee7ef8ccff6338c6ef7993445216112ae575c5438fd27")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof()
func (plasmaChain *PlasmaChain) UnpackInvalidProofError(raw []byte) (*PlasmaChainInvalidProof, error) {
	out := new(PlasmaChainInvalidProof)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainLengthMismatch represents a LengthMismatch error raised by the PlasmaChain contract.
type PlasmaChainLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch()
func PlasmaChainLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xff633a3803c58b9bc21e58efecee59f27e033cc0b1883fccb4969c76146fe60f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch()
func (plasmaChain *PlasmaChain) UnpackLengthMismatchError(raw []byte) (*PlasmaChainLengthMismatch, error) {
	out := new(PlasmaChainLengthMismatch)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainNoHeaders represents a NoHeaders error raised by the PlasmaChain contract.
type PlasmaChainNoHeaders struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoHeaders()
func PlasmaChainNoHeadersErrorID() common.Hash {
	return common.HexToHash("0x888f2aac1688dd458f18f440d7f80312a2a6bc7b42f34161fe913e3abf0f4b6b")
}

// UnpackNoHeadersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoHeaders()
func (plasmaChain *PlasmaChain) UnpackNoHeadersError(raw []byte) (*PlasmaChainNoHeaders, error) {
	out := new(PlasmaChainNoHeaders)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "NoHeaders", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainNonConsecutive represents a NonConsecutive error raised by the PlasmaChain contract.
type PlasmaChainNonConsecutive struct {
	Expected uint64
	Got      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonConsecutive(uint64 expected, uint64 got)
func PlasmaChainNonConsecutiveErrorID() common.Hash {
	return common.HexToHash("0xb4c27d07a1ef3e6ef90c58daf9ab5c77d2b594a8ecb5447be7be0be6e276c215")
}

// UnpackNonConsecutiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonConsecutive(uint64 expected, uint64 got)
func (plasmaChain *PlasmaChain) UnpackNonConsecutiveError(raw []byte) (*PlasmaChainNonConsecutive, error) {
	out := new(PlasmaChainNonConsecutive)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "NonConsecutive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainNonceExited represents a NonceExited error raised by the PlasmaChain contract.
type PlasmaChainNonceExited struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonceExited()
func PlasmaChainNonceExitedErrorID() common.Hash {
	return common.HexToHash("0xd3f44a3cf0eda718a34a3313e2a38982beada7803037a17819527204c115f2fb")
}

// UnpackNonceExitedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonceExited()
func (plasmaChain *PlasmaChain) UnpackNonceExitedError(raw []byte) (*PlasmaChainNonceExited, error) {
	out := new(PlasmaChainNonceExited)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "NonceExited", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainNonceTooLarge represents a NonceTooLarge error raised by the PlasmaChain contract.
type PlasmaChainNonceTooLarge struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonceTooLarge()
func PlasmaChainNonceTooLargeErrorID() common.Hash {
	return common.HexToHash("0x8d070ff5add3fc2d7a2cd508b97b864ae72dd2edcea85e0b19a1a3d6210942fb")
}

// UnpackNonceTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonceTooLarge()
func (plasmaChain *PlasmaChain) UnpackNonceTooLargeError(raw []byte) (*PlasmaChainNonceTooLarge, error) {
	out := new(PlasmaChainNonceTooLarge)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "NonceTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainNotFrozen represents a NotFrozen error raised by the PlasmaChain contract.
type PlasmaChainNotFrozen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFrozen()
func PlasmaChainNotFrozenErrorID() common.Hash {
	return common.HexToHash("0x8208cbe5cd34d53b5acc43167c3a84d9f86c782841c84b2984c3bcaaf510b8bc")
}

// UnpackNotFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFrozen()
func (plasmaChain *PlasmaChain) UnpackNotFrozenError(raw []byte) (*PlasmaChainNotFrozen, error) {
	out := new(PlasmaChainNotFrozen)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "NotFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainNotIncluded represents a NotIncluded error raised by the PlasmaChain contract.
type PlasmaChainNotIncluded struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotIncluded()
func PlasmaChainNotIncludedErrorID() common.Hash {
	return common.HexToHash("0x3d7648917d30e23d36242165e04761b23de50cf19b2e1ca13e5b4ee9d895b293")
}

// UnpackNotIncludedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotIncluded()
func (plasmaChain *PlasmaChain) UnpackNotIncludedError(raw []byte) (*PlasmaChainNotIncluded, error) {
	out := new(PlasmaChainNotIncluded)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "NotIncluded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainNotOperator represents a NotOperator error raised by the PlasmaChain contract.
type PlasmaChainNotOperator struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOperator()
func PlasmaChainNotOperatorErrorID() common.Hash {
	return common.HexToHash("0x7c214f0474e418b49066b523b4b4fdaaeed28f6f33b3f87920010fb4856b27c9")
}

// UnpackNotOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOperator()
func (plasmaChain *PlasmaChain) UnpackNotOperatorError(raw []byte) (*PlasmaChainNotOperator, error) {
	out := new(PlasmaChainNotOperator)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "NotOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainNothingReceived represents a NothingReceived error raised by the PlasmaChain contract.
type PlasmaChainNothingReceived struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingReceived()
func PlasmaChainNothingReceivedErrorID() common.Hash {
	return common.HexToHash("0xb5c74a275db6c4a09f1d71a73712216ab6d7a1b83d11690eaf97fa848e234537")
}

// UnpackNothingReceivedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingReceived()
func (plasmaChain *PlasmaChain) UnpackNothingReceivedError(raw []byte) (*PlasmaChainNothingReceived, error) {
	out := new(PlasmaChainNothingReceived)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "NothingReceived", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainNothingToWithdraw represents a NothingToWithdraw error raised by the PlasmaChain contract.
type PlasmaChainNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func PlasmaChainNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (plasmaChain *PlasmaChain) UnpackNothingToWithdrawError(raw []byte) (*PlasmaChainNothingToWithdraw, error) {
	out := new(PlasmaChainNothingToWithdraw)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainOpUncovered represents a OpUncovered error raised by the PlasmaChain contract.
type PlasmaChainOpUncovered struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpUncovered(uint256 index)
func PlasmaChainOpUncoveredErrorID() common.Hash {
	return common.HexToHash("0x2111f97d754934f5d7a4e825b1ef3f35ba9ae7ac49e85ab580eff25908c0657d")
}

// UnpackOpUncoveredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpUncovered(uint256 index)
func (plasmaChain *PlasmaChain) UnpackOpUncoveredError(raw []byte) (*PlasmaChainOpUncovered, error) {
	out := new(PlasmaChainOpUncovered)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "OpUncovered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainOpsHashMismatch represents a OpsHashMismatch error raised by the PlasmaChain contract.
type PlasmaChainOpsHashMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpsHashMismatch()
func PlasmaChainOpsHashMismatchErrorID() common.Hash {
	return common.HexToHash("0x246fab8786ae3c8b39b941f32cb62fd71aa965f873b68acc0ff185a82b1cb584")
}

// UnpackOpsHashMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpsHashMismatch()
func (plasmaChain *PlasmaChain) UnpackOpsHashMismatchError(raw []byte) (*PlasmaChainOpsHashMismatch, error) {
	out := new(PlasmaChainOpsHashMismatch)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "OpsHashMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainOutOfWindow represents a OutOfWindow error raised by the PlasmaChain contract.
type PlasmaChainOutOfWindow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutOfWindow()
func PlasmaChainOutOfWindowErrorID() common.Hash {
	return common.HexToHash("0xddb171fee9d1ad635b3da182856b2e20df48e3e5aca0d8c61293a815226827d5")
}

// UnpackOutOfWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutOfWindow()
func (plasmaChain *PlasmaChain) UnpackOutOfWindowError(raw []byte) (*PlasmaChainOutOfWindow, error) {
	out := new(PlasmaChainOutOfWindow)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "OutOfWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the PlasmaChain contract.
type PlasmaChainReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func PlasmaChainReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (plasmaChain *PlasmaChain) UnpackReentrancyGuardReentrantCallError(raw []byte) (*PlasmaChainReentrancyGuardReentrantCall, error) {
	out := new(PlasmaChainReentrancyGuardReentrantCall)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainRequestAlreadyOpen represents a RequestAlreadyOpen error raised by the PlasmaChain contract.
type PlasmaChainRequestAlreadyOpen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestAlreadyOpen()
func PlasmaChainRequestAlreadyOpenErrorID() common.Hash {
	return common.HexToHash("0x4e98e360cc8f80fe3789b5db4025215592838f39a374f00b6d28fac9c95e9b26")
}

// UnpackRequestAlreadyOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestAlreadyOpen()
func (plasmaChain *PlasmaChain) UnpackRequestAlreadyOpenError(raw []byte) (*PlasmaChainRequestAlreadyOpen, error) {
	out := new(PlasmaChainRequestAlreadyOpen)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "RequestAlreadyOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainRequestAnswered represents a RequestAnswered error raised by the PlasmaChain contract.
type PlasmaChainRequestAnswered struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestAnswered()
func PlasmaChainRequestAnsweredErrorID() common.Hash {
	return common.HexToHash("0xee39c5e0b4677af9c4c53a23a69a9da004fbc53175ee12bf1a13c804bac6b5be")
}

// UnpackRequestAnsweredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestAnswered()
func (plasmaChain *PlasmaChain) UnpackRequestAnsweredError(raw []byte) (*PlasmaChainRequestAnswered, error) {
	out := new(PlasmaChainRequestAnswered)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "RequestAnswered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainRequestBondTooLow represents a RequestBondTooLow error raised by the PlasmaChain contract.
type PlasmaChainRequestBondTooLow struct {
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestBondTooLow(uint256 required)
func PlasmaChainRequestBondTooLowErrorID() common.Hash {
	return common.HexToHash("0x498d60b90cd9208865354279cb62dbe5b7d6d84017aa98c53c82b925ac94bcdf")
}

// UnpackRequestBondTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestBondTooLow(uint256 required)
func (plasmaChain *PlasmaChain) UnpackRequestBondTooLowError(raw []byte) (*PlasmaChainRequestBondTooLow, error) {
	out := new(PlasmaChainRequestBondTooLow)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "RequestBondTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainRequestNotOpen represents a RequestNotOpen error raised by the PlasmaChain contract.
type PlasmaChainRequestNotOpen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestNotOpen()
func PlasmaChainRequestNotOpenErrorID() common.Hash {
	return common.HexToHash("0x4425f68ee3cfc260c30d9ad370a2bce6815ac1e6e1f481a3277236caf370731a")
}

// UnpackRequestNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestNotOpen()
func (plasmaChain *PlasmaChain) UnpackRequestNotOpenError(raw []byte) (*PlasmaChainRequestNotOpen, error) {
	out := new(PlasmaChainRequestNotOpen)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "RequestNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the PlasmaChain contract.
type PlasmaChainSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func PlasmaChainSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (plasmaChain *PlasmaChain) UnpackSafeERC20FailedOperationError(raw []byte) (*PlasmaChainSafeERC20FailedOperation, error) {
	out := new(PlasmaChainSafeERC20FailedOperation)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainSpendNotLater represents a SpendNotLater error raised by the PlasmaChain contract.
type PlasmaChainSpendNotLater struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SpendNotLater()
func PlasmaChainSpendNotLaterErrorID() common.Hash {
	return common.HexToHash("0x331548c3df2f73c01cf1582853cab796d7910b40193c226ebfef977c2256e806")
}

// UnpackSpendNotLaterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SpendNotLater()
func (plasmaChain *PlasmaChain) UnpackSpendNotLaterError(raw []byte) (*PlasmaChainSpendNotLater, error) {
	out := new(PlasmaChainSpendNotLater)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "SpendNotLater", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainSpentNotAbove represents a SpentNotAbove error raised by the PlasmaChain contract.
type PlasmaChainSpentNotAbove struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SpentNotAbove()
func PlasmaChainSpentNotAboveErrorID() common.Hash {
	return common.HexToHash("0x891f05794d84f76c0645beb043af509e6dd74b0562128bef61d61329bee967f8")
}

// UnpackSpentNotAboveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SpentNotAbove()
func (plasmaChain *PlasmaChain) UnpackSpentNotAboveError(raw []byte) (*PlasmaChainSpentNotAbove, error) {
	out := new(PlasmaChainSpentNotAbove)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "SpentNotAbove", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainTimestampAhead represents a TimestampAhead error raised by the PlasmaChain contract.
type PlasmaChainTimestampAhead struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimestampAhead()
func PlasmaChainTimestampAheadErrorID() common.Hash {
	return common.HexToHash("0xdb0f90516620868ad94f5f229947f1679891e2091f65f9c97735c5a00c09f8f7")
}

// UnpackTimestampAheadError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimestampAhead()
func (plasmaChain *PlasmaChain) UnpackTimestampAheadError(raw []byte) (*PlasmaChainTimestampAhead, error) {
	out := new(PlasmaChainTimestampAhead)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "TimestampAhead", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainTimestampBackwards represents a TimestampBackwards error raised by the PlasmaChain contract.
type PlasmaChainTimestampBackwards struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimestampBackwards()
func PlasmaChainTimestampBackwardsErrorID() common.Hash {
	return common.HexToHash("0x13e3ebf07f35e6fc22a9bc2974133caf4033e47550d2c60d86805512caadb112")
}

// UnpackTimestampBackwardsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimestampBackwards()
func (plasmaChain *PlasmaChain) UnpackTimestampBackwardsError(raw []byte) (*PlasmaChainTimestampBackwards, error) {
	out := new(PlasmaChainTimestampBackwards)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "TimestampBackwards", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainTimestampTooOld represents a TimestampTooOld error raised by the PlasmaChain contract.
type PlasmaChainTimestampTooOld struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimestampTooOld()
func PlasmaChainTimestampTooOldErrorID() common.Hash {
	return common.HexToHash("0xd40fc74bc8974e076c755e9b5e8241bf4af09f7079ad6a485204810be47e4ad5")
}

// UnpackTimestampTooOldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimestampTooOld()
func (plasmaChain *PlasmaChain) UnpackTimestampTooOldError(raw []byte) (*PlasmaChainTimestampTooOld, error) {
	out := new(PlasmaChainTimestampTooOld)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "TimestampTooOld", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainTokenHasNoCode represents a TokenHasNoCode error raised by the PlasmaChain contract.
type PlasmaChainTokenHasNoCode struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenHasNoCode()
func PlasmaChainTokenHasNoCodeErrorID() common.Hash {
	return common.HexToHash("0x72a7320089b192a13b8bfcbf343c4a82eb50435dae8f901fe627eb67e1ab29ef")
}

// UnpackTokenHasNoCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenHasNoCode()
func (plasmaChain *PlasmaChain) UnpackTokenHasNoCodeError(raw []byte) (*PlasmaChainTokenHasNoCode, error) {
	out := new(PlasmaChainTokenHasNoCode)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "TokenHasNoCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainTooManyBlocks represents a TooManyBlocks error raised by the PlasmaChain contract.
type PlasmaChainTooManyBlocks struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyBlocks()
func PlasmaChainTooManyBlocksErrorID() common.Hash {
	return common.HexToHash("0x7f06d57aff4ff777429bd728d51631d0b4314d0354c8599f7976fe2ef91e99e5")
}

// UnpackTooManyBlocksError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyBlocks()
func (plasmaChain *PlasmaChain) UnpackTooManyBlocksError(raw []byte) (*PlasmaChainTooManyBlocks, error) {
	out := new(PlasmaChainTooManyBlocks)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "TooManyBlocks", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainTooManyExits represents a TooManyExits error raised by the PlasmaChain contract.
type PlasmaChainTooManyExits struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyExits()
func PlasmaChainTooManyExitsErrorID() common.Hash {
	return common.HexToHash("0x1eac8918d1a4f85719f334fc846495a5327778fd857be0be40c559981f4c3bf1")
}

// UnpackTooManyExitsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyExits()
func (plasmaChain *PlasmaChain) UnpackTooManyExitsError(raw []byte) (*PlasmaChainTooManyExits, error) {
	out := new(PlasmaChainTooManyExits)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "TooManyExits", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainTransferExpired represents a TransferExpired error raised by the PlasmaChain contract.
type PlasmaChainTransferExpired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferExpired()
func PlasmaChainTransferExpiredErrorID() common.Hash {
	return common.HexToHash("0xf76537312f6968d16b4808ba17ce712334391116105f5f12a54b32a7185d6142")
}

// UnpackTransferExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferExpired()
func (plasmaChain *PlasmaChain) UnpackTransferExpiredError(raw []byte) (*PlasmaChainTransferExpired, error) {
	out := new(PlasmaChainTransferExpired)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "TransferExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainUnknownRequest represents a UnknownRequest error raised by the PlasmaChain contract.
type PlasmaChainUnknownRequest struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRequest()
func PlasmaChainUnknownRequestErrorID() common.Hash {
	return common.HexToHash("0x6d080297e5445bdc9bc11ef22a5fe0978cf1613ad09e7178b40b758b5ff568ad")
}

// UnpackUnknownRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRequest()
func (plasmaChain *PlasmaChain) UnpackUnknownRequestError(raw []byte) (*PlasmaChainUnknownRequest, error) {
	out := new(PlasmaChainUnknownRequest)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "UnknownRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainWithdrawFailed represents a WithdrawFailed error raised by the PlasmaChain contract.
type PlasmaChainWithdrawFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawFailed()
func PlasmaChainWithdrawFailedErrorID() common.Hash {
	return common.HexToHash("0x750b219cf41756317cec42a05eeadd7c26774653485899be023c221c437fe020")
}

// UnpackWithdrawFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawFailed()
func (plasmaChain *PlasmaChain) UnpackWithdrawFailedError(raw []byte) (*PlasmaChainWithdrawFailed, error) {
	out := new(PlasmaChainWithdrawFailed)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "WithdrawFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainWrongBond represents a WrongBond error raised by the PlasmaChain contract.
type PlasmaChainWrongBond struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBond()
func PlasmaChainWrongBondErrorID() common.Hash {
	return common.HexToHash("0x501c2aaf700683429f7302eb41b1afff146824a9675499ed7f8655cebd2f3c3d")
}

// UnpackWrongBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBond()
func (plasmaChain *PlasmaChain) UnpackWrongBondError(raw []byte) (*PlasmaChainWrongBond, error) {
	out := new(PlasmaChainWrongBond)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "WrongBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainZeroAmount represents a ZeroAmount error raised by the PlasmaChain contract.
type PlasmaChainZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func PlasmaChainZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (plasmaChain *PlasmaChain) UnpackZeroAmountError(raw []byte) (*PlasmaChainZeroAmount, error) {
	out := new(PlasmaChainZeroAmount)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestERC20MetaData contains all meta data concerning the TestERC20 contract.
var TestERC20MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "1f47a1b15ed4dea21937fc8cde0d925297",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051610a09380380610a0983398101604081905261002e916100f7565b8282600361003c83826101f8565b50600461004982826101f8565b50505060ff16608052506102b29050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f83011261007d575f5ffd5b81516001600160401b038111156100965761009661005a565b604051601f8201601f19908116603f011681016001600160401b03811182821017156100c4576100c461005a565b6040528181528382016020018510156100db575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f60608486031215610109575f5ffd5b83516001600160401b0381111561011e575f5ffd5b61012a8682870161006e565b602086015190945090506001600160401b03811115610147575f5ffd5b6101538682870161006e565b925050604084015160ff81168114610169575f5ffd5b809150509250925092565b600181811c9082168061018857607f821691505b6020821081036101a657634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156101f357805f5260205f20601f840160051c810160208510156101d15750805b601f840160051c820191505b818110156101f0575f81556001016101dd565b50505b505050565b81516001600160401b038111156102115761021161005a565b6102258161021f8454610174565b846101ac565b6020601f821160018114610257575f83156102405750848201515b5f19600385901b1c1916600184901b1784556101f0565b5f84815260208120601f198516915b828110156102865787850151825560209485019460019092019101610266565b50848210156102a357868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60805161073f6102ca5f395f61010c015261073f5ff3fe608060405234801561000f575f5ffd5b506004361061009b575f3560e01c806340c10f191161006357806340c10f191461013657806370a082311461014b57806395d89b4114610173578063a9059cbb1461017b578063dd62ed3e1461018e575f5ffd5b806306fdde031461009f578063095ea7b3146100bd57806318160ddd146100e057806323b872dd146100f2578063313ce56714610105575b5f5ffd5b6100a76101c6565b6040516100b491906105d8565b60405180910390f35b6100d06100cb366004610628565b610256565b60405190151581526020016100b4565b6002545b6040519081526020016100b4565b6100d0610100366004610650565b61026f565b60405160ff7f00000000000000000000000000000000000000000000000000000000000000001681526020016100b4565b610149610144366004610628565b610292565b005b6100e461015936600461068a565b6001600160a01b03165f9081526020819052604090205490565b6100a76102a0565b6100d0610189366004610628565b6102af565b6100e461019c3660046106aa565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6060600380546101d5906106db565b80601f0160208091040260200160405190810160405280929190818152602001828054610201906106db565b801561024c5780601f106102235761010080835404028352916020019161024c565b820191905f5260205f20905b81548152906001019060200180831161022f57829003601f168201915b5050505050905090565b5f336102638185856102bc565b60019150505b92915050565b5f3361027c8582856102ce565b61028785858561034f565b506001949350505050565b61029c82826103ac565b5050565b6060600480546101d5906106db565b5f3361026381858561034f565b6102c983838360016103e0565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610349578181101561033b57604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064015b60405180910390fd5b61034984848484035f6103e0565b50505050565b6001600160a01b03831661037857604051634b637e8f60e11b81525f6004820152602401610332565b6001600160a01b0382166103a15760405163ec442f0560e01b81525f6004820152602401610332565b6102c98383836104b2565b6001600160a01b0382166103d55760405163ec442f0560e01b81525f6004820152602401610332565b61029c5f83836104b2565b6001600160a01b0384166104095760405163e602df0560e01b81525f6004820152602401610332565b6001600160a01b03831661043257604051634a1406b160e11b81525f6004820152602401610332565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561034957826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516104a491815260200190565b60405180910390a350505050565b6001600160a01b0383166104dc578060025f8282546104d19190610713565b9091555061054c9050565b6001600160a01b0383165f908152602081905260409020548181101561052e5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610332565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661056857600280548290039055610586565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516105cb91815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114610623575f5ffd5b919050565b5f5f60408385031215610639575f5ffd5b6106428361060d565b946020939093013593505050565b5f5f5f60608486031215610662575f5ffd5b61066b8461060d565b92506106796020850161060d565b929592945050506040919091013590565b5f6020828403121561069a575f5ffd5b6106a38261060d565b9392505050565b5f5f604083850312156106bb575f5ffd5b6106c48361060d565b91506106d26020840161060d565b90509250929050565b600181811c908216806106ef57607f821691505b60208210810361070d57634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561026957634e487b7160e01b5f52601160045260245ffdfea164736f6c634300081e000a",
}

// TestERC20 is an auto generated Go binding around an Ethereum contract.
type TestERC20 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestERC20) GetABI() abi.ABI {
	return c.abi
}

// NewTestERC20 creates a new instance of TestERC20.
func NewTestERC20() *TestERC20 {
	parsed, err := TestERC20MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestERC20{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestERC20) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, uint8 decimals_) returns()
func (testERC20 *TestERC20) PackConstructor(name_ string, symbol_ string, decimals_ uint8) []byte {
	enc, err := testERC20.abi.Pack("", name_, symbol_, decimals_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (testERC20 *TestERC20) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := testERC20.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (testERC20 *TestERC20) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return testERC20.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (testERC20 *TestERC20) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := testERC20.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (testERC20 *TestERC20) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := testERC20.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (testERC20 *TestERC20) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return testERC20.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (testERC20 *TestERC20) UnpackApprove(data []byte) (bool, error) {
	out, err := testERC20.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (testERC20 *TestERC20) PackBalanceOf(account common.Address) []byte {
	enc, err := testERC20.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (testERC20 *TestERC20) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return testERC20.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (testERC20 *TestERC20) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := testERC20.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (testERC20 *TestERC20) PackDecimals() []byte {
	enc, err := testERC20.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (testERC20 *TestERC20) TryPackDecimals() ([]byte, error) {
	return testERC20.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (testERC20 *TestERC20) UnpackDecimals(data []byte) (uint8, error) {
	out, err := testERC20.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (testERC20 *TestERC20) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := testERC20.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (testERC20 *TestERC20) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return testERC20.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (testERC20 *TestERC20) PackName() []byte {
	enc, err := testERC20.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (testERC20 *TestERC20) TryPackName() ([]byte, error) {
	return testERC20.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (testERC20 *TestERC20) UnpackName(data []byte) (string, error) {
	out, err := testERC20.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (testERC20 *TestERC20) PackSymbol() []byte {
	enc, err := testERC20.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (testERC20 *TestERC20) TryPackSymbol() ([]byte, error) {
	return testERC20.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (testERC20 *TestERC20) UnpackSymbol(data []byte) (string, error) {
	out, err := testERC20.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (testERC20 *TestERC20) PackTotalSupply() []byte {
	enc, err := testERC20.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (testERC20 *TestERC20) TryPackTotalSupply() ([]byte, error) {
	return testERC20.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (testERC20 *TestERC20) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := testERC20.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (testERC20 *TestERC20) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := testERC20.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (testERC20 *TestERC20) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return testERC20.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (testERC20 *TestERC20) UnpackTransfer(data []byte) (bool, error) {
	out, err := testERC20.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (testERC20 *TestERC20) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := testERC20.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (testERC20 *TestERC20) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return testERC20.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (testERC20 *TestERC20) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := testERC20.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// TestERC20Approval represents a Approval event raised by the TestERC20 contract.
type TestERC20Approval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TestERC20ApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (TestERC20Approval) ContractEventName() string {
	return TestERC20ApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (testERC20 *TestERC20) UnpackApprovalEvent(log *types.Log) (*TestERC20Approval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testERC20.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestERC20Approval)
	if len(log.Data) > 0 {
		if err := testERC20.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testERC20.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TestERC20Transfer represents a Transfer event raised by the TestERC20 contract.
type TestERC20Transfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const TestERC20TransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (TestERC20Transfer) ContractEventName() string {
	return TestERC20TransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (testERC20 *TestERC20) UnpackTransferEvent(log *types.Log) (*TestERC20Transfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testERC20.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestERC20Transfer)
	if len(log.Data) > 0 {
		if err := testERC20.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testERC20.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (testERC20 *TestERC20) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], testERC20.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return testERC20.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], testERC20.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return testERC20.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], testERC20.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return testERC20.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], testERC20.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return testERC20.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], testERC20.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return testERC20.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], testERC20.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return testERC20.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TestERC20ERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the TestERC20 contract.
type TestERC20ERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func TestERC20ERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (testERC20 *TestERC20) UnpackERC20InsufficientAllowanceError(raw []byte) (*TestERC20ERC20InsufficientAllowance, error) {
	out := new(TestERC20ERC20InsufficientAllowance)
	if err := testERC20.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestERC20ERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the TestERC20 contract.
type TestERC20ERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func TestERC20ERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (testERC20 *TestERC20) UnpackERC20InsufficientBalanceError(raw []byte) (*TestERC20ERC20InsufficientBalance, error) {
	out := new(TestERC20ERC20InsufficientBalance)
	if err := testERC20.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestERC20ERC20InvalidApprover represents a ERC20InvalidApprover error raised by the TestERC20 contract.
type TestERC20ERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func TestERC20ERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (testERC20 *TestERC20) UnpackERC20InvalidApproverError(raw []byte) (*TestERC20ERC20InvalidApprover, error) {
	out := new(TestERC20ERC20InvalidApprover)
	if err := testERC20.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestERC20ERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the TestERC20 contract.
type TestERC20ERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func TestERC20ERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (testERC20 *TestERC20) UnpackERC20InvalidReceiverError(raw []byte) (*TestERC20ERC20InvalidReceiver, error) {
	out := new(TestERC20ERC20InvalidReceiver)
	if err := testERC20.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestERC20ERC20InvalidSender represents a ERC20InvalidSender error raised by the TestERC20 contract.
type TestERC20ERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func TestERC20ERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (testERC20 *TestERC20) UnpackERC20InvalidSenderError(raw []byte) (*TestERC20ERC20InvalidSender, error) {
	out := new(TestERC20ERC20InvalidSender)
	if err := testERC20.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestERC20ERC20InvalidSpender represents a ERC20InvalidSpender error raised by the TestERC20 contract.
type TestERC20ERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func TestERC20ERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (testERC20 *TestERC20) UnpackERC20InvalidSpenderError(raw []byte) (*TestERC20ERC20InvalidSpender, error) {
	out := new(TestERC20ERC20InvalidSpender)
	if err := testERC20.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestForwarderMetaData contains all meta data concerning the TestForwarder contract.
var TestForwarderMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"exec\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reenterData\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reenterTarget\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentered\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentryResult\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"refuse\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"setReenter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"r\",\"type\":\"bool\"}],\"name\":\"setRefuse\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "0dcf213303d7fdb3748552f211228d97d1",
	Bin: "0x6080604052348015600e575f5ffd5b506107d68061001c5f395ff3fe60806040526004361061007c575f3560e01c806362c69b801161004c57806362c69b8014610220578063cc6e845414610238578063dbe5c30414610273578063e150ef4914610287575f5ffd5b806302bcc1dd146101835780630565bb67146101a25780633f09775e146101cb5780636072b1d0146101f4575f5ffd5b3661017f575f5460ff16156100d05760405162461bcd60e51b815260206004820152601660248201527515195cdd119bdc9dd85c99195c8e881c99599d5cd95960521b604482015260640160405180910390fd5b5f5461010090046001600160a01b03161561017d575f8054610100600160a81b0319811682556040516101009091046001600160a01b031691908190839061011a90600190610414565b5f604051808303815f865af19150503d805f8114610153576040519150601f19603f3d011682016040523d82523d5f602084013e610158565b606091505b506002805460ff19168315151790559092509050600361017882826104e5565b505050505b005b5f5ffd5b34801561018e575f5ffd5b5061017d61019d366004610600565b61029b565b6101b56101b036600461064f565b6102cd565b6040516101c291906106a5565b60405180910390f35b3480156101d6575f5ffd5b506002546101e49060ff1681565b60405190151581526020016101c2565b3480156101ff575f5ffd5b5061017d61020e3660046106da565b5f805460ff1916911515919091179055565b34801561022b575f5ffd5b505f546101e49060ff1681565b348015610243575f5ffd5b505f5461025b9061010090046001600160a01b031681565b6040516001600160a01b0390911681526020016101c2565b34801561027e575f5ffd5b506101b5610347565b348015610292575f5ffd5b506101b56103d3565b5f8054610100600160a81b0319166101006001600160a01b0386160217905560016102c7828483610700565b50505050565b60605f5f866001600160a01b03168686866040516102ec9291906107ba565b5f6040518083038185875af1925050503d805f8114610326576040519150601f19603f3d011682016040523d82523d5f602084013e61032b565b606091505b50915091508161033d57805160208201fd5b9695505050505050565b60038054610354906103dc565b80601f0160208091040260200160405190810160405280929190818152602001828054610380906103dc565b80156103cb5780601f106103a2576101008083540402835291602001916103cb565b820191905f5260205f20905b8154815290600101906020018083116103ae57829003601f168201915b505050505081565b60018054610354905b600181811c908216806103f057607f821691505b60208210810361040e57634e487b7160e01b5f52602260045260245ffd5b50919050565b5f5f8354610421816103dc565b600182168015610438576001811461044d5761047a565b60ff198316865281151582028601935061047a565b865f5260205f205f5b8381101561047257815488820152600190910190602001610456565b505081860193505b509195945050505050565b634e487b7160e01b5f52604160045260245ffd5b601f8211156104e057805f5260205f20601f840160051c810160208510156104be5750805b601f840160051c820191505b818110156104dd575f81556001016104ca565b50505b505050565b815167ffffffffffffffff8111156104ff576104ff610485565b6105138161050d84546103dc565b84610499565b6020601f821160018114610545575f831561052e5750848201515b5f19600385901b1c1916600184901b1784556104dd565b5f84815260208120601f198516915b828110156105745787850151825560209485019460019092019101610554565b508482101561059157868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b80356001600160a01b03811681146105b6575f5ffd5b919050565b5f5f83601f8401126105cb575f5ffd5b50813567ffffffffffffffff8111156105e2575f5ffd5b6020830191508360208285010111156105f9575f5ffd5b9250929050565b5f5f5f60408486031215610612575f5ffd5b61061b846105a0565b9250602084013567ffffffffffffffff811115610636575f5ffd5b610642868287016105bb565b9497909650939450505050565b5f5f5f5f60608587031215610662575f5ffd5b61066b856105a0565b935060208501359250604085013567ffffffffffffffff81111561068d575f5ffd5b610699878288016105bb565b95989497509550505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f602082840312156106ea575f5ffd5b813580151581146106f9575f5ffd5b9392505050565b67ffffffffffffffff83111561071857610718610485565b61072c8361072683546103dc565b83610499565b5f601f84116001811461075d575f85156107465750838201355b5f19600387901b1c1916600186901b1783556104dd565b5f83815260208120601f198716915b8281101561078c578685013582556020948501946001909201910161076c565b50868210156107a8575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b818382375f910190815291905056fea164736f6c634300081e000a",
}

// TestForwarder is an auto generated Go binding around an Ethereum contract.
type TestForwarder struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestForwarder) GetABI() abi.ABI {
	return c.abi
}

// NewTestForwarder creates a new instance of TestForwarder.
func NewTestForwarder() *TestForwarder {
	parsed, err := TestForwarderMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestForwarder{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestForwarder) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackExec is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0565bb67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exec(address to, uint256 value, bytes data) payable returns(bytes)
func (testForwarder *TestForwarder) PackExec(to common.Address, value *big.Int, data []byte) []byte {
	enc, err := testForwarder.abi.Pack("exec", to, value, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExec is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0565bb67.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exec(address to, uint256 value, bytes data) payable returns(bytes)
func (testForwarder *TestForwarder) TryPackExec(to common.Address, value *big.Int, data []byte) ([]byte, error) {
	return testForwarder.abi.Pack("exec", to, value, data)
}

// UnpackExec is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0565bb67.
//
// Solidity: function exec(address to, uint256 value, bytes data) payable returns(bytes)
func (testForwarder *TestForwarder) UnpackExec(data []byte) ([]byte, error) {
	out, err := testForwarder.abi.Unpack("exec", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackReenterData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe150ef49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reenterData() view returns(bytes)
func (testForwarder *TestForwarder) PackReenterData() []byte {
	enc, err := testForwarder.abi.Pack("reenterData")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReenterData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe150ef49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reenterData() view returns(bytes)
func (testForwarder *TestForwarder) TryPackReenterData() ([]byte, error) {
	return testForwarder.abi.Pack("reenterData")
}

// UnpackReenterData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe150ef49.
//
// Solidity: function reenterData() view returns(bytes)
func (testForwarder *TestForwarder) UnpackReenterData(data []byte) ([]byte, error) {
	out, err := testForwarder.abi.Unpack("reenterData", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackReenterTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc6e8454.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reenterTarget() view returns(address)
func (testForwarder *TestForwarder) PackReenterTarget() []byte {
	enc, err := testForwarder.abi.Pack("reenterTarget")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReenterTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc6e8454.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reenterTarget() view returns(address)
func (testForwarder *TestForwarder) TryPackReenterTarget() ([]byte, error) {
	return testForwarder.abi.Pack("reenterTarget")
}

// UnpackReenterTarget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc6e8454.
//
// Solidity: function reenterTarget() view returns(address)
func (testForwarder *TestForwarder) UnpackReenterTarget(data []byte) (common.Address, error) {
	out, err := testForwarder.abi.Unpack("reenterTarget", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReentered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f09775e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentered() view returns(bool)
func (testForwarder *TestForwarder) PackReentered() []byte {
	enc, err := testForwarder.abi.Pack("reentered")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f09775e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentered() view returns(bool)
func (testForwarder *TestForwarder) TryPackReentered() ([]byte, error) {
	return testForwarder.abi.Pack("reentered")
}

// UnpackReentered is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3f09775e.
//
// Solidity: function reentered() view returns(bool)
func (testForwarder *TestForwarder) UnpackReentered(data []byte) (bool, error) {
	out, err := testForwarder.abi.Unpack("reentered", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackReentryResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbe5c304.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentryResult() view returns(bytes)
func (testForwarder *TestForwarder) PackReentryResult() []byte {
	enc, err := testForwarder.abi.Pack("reentryResult")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentryResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbe5c304.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentryResult() view returns(bytes)
func (testForwarder *TestForwarder) TryPackReentryResult() ([]byte, error) {
	return testForwarder.abi.Pack("reentryResult")
}

// UnpackReentryResult is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdbe5c304.
//
// Solidity: function reentryResult() view returns(bytes)
func (testForwarder *TestForwarder) UnpackReentryResult(data []byte) ([]byte, error) {
	out, err := testForwarder.abi.Unpack("reentryResult", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackRefuse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62c69b80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refuse() view returns(bool)
func (testForwarder *TestForwarder) PackRefuse() []byte {
	enc, err := testForwarder.abi.Pack("refuse")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefuse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62c69b80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refuse() view returns(bool)
func (testForwarder *TestForwarder) TryPackRefuse() ([]byte, error) {
	return testForwarder.abi.Pack("refuse")
}

// UnpackRefuse is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x62c69b80.
//
// Solidity: function refuse() view returns(bool)
func (testForwarder *TestForwarder) UnpackRefuse(data []byte) (bool, error) {
	out, err := testForwarder.abi.Unpack("refuse", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSetReenter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02bcc1dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReenter(address target, bytes data) returns()
func (testForwarder *TestForwarder) PackSetReenter(target common.Address, data []byte) []byte {
	enc, err := testForwarder.abi.Pack("setReenter", target, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReenter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02bcc1dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReenter(address target, bytes data) returns()
func (testForwarder *TestForwarder) TryPackSetReenter(target common.Address, data []byte) ([]byte, error) {
	return testForwarder.abi.Pack("setReenter", target, data)
}

// PackSetRefuse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6072b1d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRefuse(bool r) returns()
func (testForwarder *TestForwarder) PackSetRefuse(r bool) []byte {
	enc, err := testForwarder.abi.Pack("setRefuse", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRefuse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6072b1d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRefuse(bool r) returns()
func (testForwarder *TestForwarder) TryPackSetRefuse(r bool) ([]byte, error) {
	return testForwarder.abi.Pack("setRefuse", r)
}

// TestHostileTokenMetaData contains all meta data concerning the TestHostileToken contract.
var TestHostileTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"FEE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NOOP\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NORMAL\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REENTER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REVERT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mode\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reenterData\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reenterTarget\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentered\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentryResult\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"m\",\"type\":\"uint8\"}],\"name\":\"setMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"setReenter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "3b9634ac3c1d8c4bea113ee49b8a2d935b",
	Bin: "0x608060405234801561000f575f5ffd5b5060405180604001604052806007815260200166486f7374696c6560c81b815250604051806040016040528060038152602001621214d560ea1b815250816003908161005b9190610108565b5060046100688282610108565b5050506101c2565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061009857607f821691505b6020821081036100b657634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561010357805f5260205f20601f840160051c810160208510156100e15750805b601f840160051c820191505b81811015610100575f81556001016100ed565b50505b505050565b81516001600160401b0381111561012157610121610070565b6101358161012f8454610084565b846100bc565b6020601f821160018114610167575f83156101505750848201515b5f19600385901b1c1916600184901b178455610100565b5f84815260208120601f198516915b828110156101965787850151825560209485019460019092019101610176565b50848210156101b357868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b610e08806101cf5f395ff3fe608060405234801561000f575f5ffd5b506004361061013d575f3560e01c80635dd11b37116100b4578063c57981b511610079578063c57981b514610280578063c73fb67714610288578063cc6e845414610290578063dbe5c304146102c0578063dd62ed3e146102c8578063e150ef4914610300575f5ffd5b80635dd11b371461022e57806370a082311461023657806395d89b411461025e578063a9059cbb14610266578063ae24595c14610279575f5ffd5b806321175b4a1161010557806321175b4a146101c357806323b872dd146101e7578063295a5212146101fa578063313ce567146102075780633f09775e1461020e57806340c10f191461021b575f5ffd5b806302bcc1dd1461014157806306fdde0314610156578063095ea7b314610174578063156942681461019757806318160ddd146101b1575b5f5ffd5b61015461014f366004610994565b610308565b005b61015e61033b565b60405161016b9190610a40565b60405180910390f35b610187610182366004610a59565b6103cb565b604051901515815260200161016b565b61019f600481565b60405160ff909116815260200161016b565b6002545b60405190815260200161016b565b6101546101d1366004610a81565b6005805460ff191660ff92909216919091179055565b6101876101f5366004610aa1565b6103e4565b60055461019f9060ff1681565b601261019f565b6007546101879060ff1681565b610154610229366004610a59565b610407565b61019f600181565b6101b5610244366004610adb565b6001600160a01b03165f9081526020819052604090205490565b61015e610415565b610187610274366004610a59565b610424565b61019f5f81565b61019f600381565b61019f600281565b6005546102a89061010090046001600160a01b031681565b6040516001600160a01b03909116815260200161016b565b61015e610431565b6101b56102d6366004610af4565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b61015e6104bd565b60058054610100600160a81b0319166101006001600160a01b038616021790556006610335828483610bbc565b50505050565b60606003805461034a90610b39565b80601f016020809104026020016040519081016040528092919081815260200182805461037690610b39565b80156103c15780601f10610398576101008083540402835291602001916103c1565b820191905f5260205f20905b8154815290600101906020018083116103a457829003601f168201915b5050505050905090565b5f336103d88185856104ca565b60019150505b92915050565b5f336103f18582856104dc565b6103fc858585610557565b506001949350505050565b61041182826105b4565b5050565b60606004805461034a90610b39565b5f336103d8818585610557565b6008805461043e90610b39565b80601f016020809104026020016040519081016040528092919081815260200182805461046a90610b39565b80156104b55780601f1061048c576101008083540402835291602001916104b5565b820191905f5260205f20905b81548152906001019060200180831161049857829003601f168201915b505050505081565b6006805461043e90610b39565b6104d783838360016105e8565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610335578181101561054957604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064015b60405180910390fd5b61033584848484035f6105e8565b6001600160a01b03831661058057604051634b637e8f60e11b81525f6004820152602401610540565b6001600160a01b0382166105a95760405163ec442f0560e01b81525f6004820152602401610540565b6104d78383836106ba565b6001600160a01b0382166105dd5760405163ec442f0560e01b81525f6004820152602401610540565b6104115f83836106ba565b6001600160a01b0384166106115760405163e602df0560e01b81525f6004820152602401610540565b6001600160a01b03831661063a57604051634a1406b160e11b81525f6004820152602401610540565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561033557826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516106ac91815260200190565b60405180910390a350505050565b6001600160a01b038316158015906106da57506001600160a01b03821615155b1561084c5760055460ff165f19016107405760405162461bcd60e51b8152602060048201526024808201527f54657374486f7374696c65546f6b656e3a207472616e73666572732064697361604482015263189b195960e21b6064820152608401610540565b60055460ff166003190161075357505050565b60055460ff166002148015610777575060055461010090046001600160a01b031615155b156108175760058054610100600160a81b031981169091556040516101009091046001600160a01b0316905f90819083906107b490600690610c76565b5f604051808303815f865af19150503d805f81146107ed576040519150601f19603f3d011682016040523d82523d5f602084013e6107f2565b606091505b506007805460ff1916831515179055909250905060086108128282610ce7565b505050505b60055460ff166002190161084c575f610831600a83610db6565b905061083e845f83610853565b6108488183610dd5565b9150505b6104d78383835b6001600160a01b03831661087d578060025f8282546108729190610de8565b909155506108ed9050565b6001600160a01b0383165f90815260208190526040902054818110156108cf5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610540565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661090957600280548290039055610927565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161096c91815260200190565b60405180910390a3505050565b80356001600160a01b038116811461098f575f5ffd5b919050565b5f5f5f604084860312156109a6575f5ffd5b6109af84610979565b9250602084013567ffffffffffffffff8111156109ca575f5ffd5b8401601f810186136109da575f5ffd5b803567ffffffffffffffff8111156109f0575f5ffd5b866020828401011115610a01575f5ffd5b939660209190910195509293505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610a526020830184610a12565b9392505050565b5f5f60408385031215610a6a575f5ffd5b610a7383610979565b946020939093013593505050565b5f60208284031215610a91575f5ffd5b813560ff81168114610a52575f5ffd5b5f5f5f60608486031215610ab3575f5ffd5b610abc84610979565b9250610aca60208501610979565b929592945050506040919091013590565b5f60208284031215610aeb575f5ffd5b610a5282610979565b5f5f60408385031215610b05575f5ffd5b610b0e83610979565b9150610b1c60208401610979565b90509250929050565b634e487b7160e01b5f52604160045260245ffd5b600181811c90821680610b4d57607f821691505b602082108103610b6b57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156104d757805f5260205f20601f840160051c81016020851015610b965750805b601f840160051c820191505b81811015610bb5575f8155600101610ba2565b5050505050565b67ffffffffffffffff831115610bd457610bd4610b25565b610be883610be28354610b39565b83610b71565b5f601f841160018114610c19575f8515610c025750838201355b5f19600387901b1c1916600186901b178355610bb5565b5f83815260208120601f198716915b82811015610c485786850135825560209485019460019092019101610c28565b5086821015610c64575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b5f5f8354610c8381610b39565b600182168015610c9a5760018114610caf57610cdc565b60ff1983168652811515820286019350610cdc565b865f5260205f205f5b83811015610cd457815488820152600190910190602001610cb8565b505081860193505b509195945050505050565b815167ffffffffffffffff811115610d0157610d01610b25565b610d1581610d0f8454610b39565b84610b71565b6020601f821160018114610d47575f8315610d305750848201515b5f19600385901b1c1916600184901b178455610bb5565b5f84815260208120601f198516915b82811015610d765787850151825560209485019460019092019101610d56565b5084821015610d9357868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b634e487b7160e01b5f52601160045260245ffd5b5f82610dd057634e487b7160e01b5f52601260045260245ffd5b500490565b818103818111156103de576103de610da2565b808201808211156103de576103de610da256fea164736f6c634300081e000a",
}

// TestHostileToken is an auto generated Go binding around an Ethereum contract.
type TestHostileToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestHostileToken) GetABI() abi.ABI {
	return c.abi
}

// NewTestHostileToken creates a new instance of TestHostileToken.
func NewTestHostileToken() *TestHostileToken {
	parsed, err := TestHostileTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestHostileToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestHostileToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackFEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc57981b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FEE() view returns(uint8)
func (testHostileToken *TestHostileToken) PackFEE() []byte {
	enc, err := testHostileToken.abi.Pack("FEE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc57981b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FEE() view returns(uint8)
func (testHostileToken *TestHostileToken) TryPackFEE() ([]byte, error) {
	return testHostileToken.abi.Pack("FEE")
}

// UnpackFEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc57981b5.
//
// Solidity: function FEE() view returns(uint8)
func (testHostileToken *TestHostileToken) UnpackFEE(data []byte) (uint8, error) {
	out, err := testHostileToken.abi.Unpack("FEE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackNOOP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15694268.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function NOOP() view returns(uint8)
func (testHostileToken *TestHostileToken) PackNOOP() []byte {
	enc, err := testHostileToken.abi.Pack("NOOP")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNOOP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15694268.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function NOOP() view returns(uint8)
func (testHostileToken *TestHostileToken) TryPackNOOP() ([]byte, error) {
	return testHostileToken.abi.Pack("NOOP")
}

// UnpackNOOP is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x15694268.
//
// Solidity: function NOOP() view returns(uint8)
func (testHostileToken *TestHostileToken) UnpackNOOP(data []byte) (uint8, error) {
	out, err := testHostileToken.abi.Unpack("NOOP", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackNORMAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae24595c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function NORMAL() view returns(uint8)
func (testHostileToken *TestHostileToken) PackNORMAL() []byte {
	enc, err := testHostileToken.abi.Pack("NORMAL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNORMAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae24595c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function NORMAL() view returns(uint8)
func (testHostileToken *TestHostileToken) TryPackNORMAL() ([]byte, error) {
	return testHostileToken.abi.Pack("NORMAL")
}

// UnpackNORMAL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xae24595c.
//
// Solidity: function NORMAL() view returns(uint8)
func (testHostileToken *TestHostileToken) UnpackNORMAL(data []byte) (uint8, error) {
	out, err := testHostileToken.abi.Unpack("NORMAL", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackREENTER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc73fb677.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REENTER() view returns(uint8)
func (testHostileToken *TestHostileToken) PackREENTER() []byte {
	enc, err := testHostileToken.abi.Pack("REENTER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREENTER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc73fb677.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REENTER() view returns(uint8)
func (testHostileToken *TestHostileToken) TryPackREENTER() ([]byte, error) {
	return testHostileToken.abi.Pack("REENTER")
}

// UnpackREENTER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc73fb677.
//
// Solidity: function REENTER() view returns(uint8)
func (testHostileToken *TestHostileToken) UnpackREENTER(data []byte) (uint8, error) {
	out, err := testHostileToken.abi.Unpack("REENTER", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackREVERT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dd11b37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REVERT() view returns(uint8)
func (testHostileToken *TestHostileToken) PackREVERT() []byte {
	enc, err := testHostileToken.abi.Pack("REVERT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREVERT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dd11b37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REVERT() view returns(uint8)
func (testHostileToken *TestHostileToken) TryPackREVERT() ([]byte, error) {
	return testHostileToken.abi.Pack("REVERT")
}

// UnpackREVERT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5dd11b37.
//
// Solidity: function REVERT() view returns(uint8)
func (testHostileToken *TestHostileToken) UnpackREVERT(data []byte) (uint8, error) {
	out, err := testHostileToken.abi.Unpack("REVERT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (testHostileToken *TestHostileToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := testHostileToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (testHostileToken *TestHostileToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return testHostileToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (testHostileToken *TestHostileToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := testHostileToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (testHostileToken *TestHostileToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := testHostileToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (testHostileToken *TestHostileToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return testHostileToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (testHostileToken *TestHostileToken) UnpackApprove(data []byte) (bool, error) {
	out, err := testHostileToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (testHostileToken *TestHostileToken) PackBalanceOf(account common.Address) []byte {
	enc, err := testHostileToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (testHostileToken *TestHostileToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return testHostileToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (testHostileToken *TestHostileToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := testHostileToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (testHostileToken *TestHostileToken) PackDecimals() []byte {
	enc, err := testHostileToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (testHostileToken *TestHostileToken) TryPackDecimals() ([]byte, error) {
	return testHostileToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (testHostileToken *TestHostileToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := testHostileToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (testHostileToken *TestHostileToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := testHostileToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (testHostileToken *TestHostileToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return testHostileToken.abi.Pack("mint", to, amount)
}

// PackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mode() view returns(uint8)
func (testHostileToken *TestHostileToken) PackMode() []byte {
	enc, err := testHostileToken.abi.Pack("mode")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mode() view returns(uint8)
func (testHostileToken *TestHostileToken) TryPackMode() ([]byte, error) {
	return testHostileToken.abi.Pack("mode")
}

// UnpackMode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x295a5212.
//
// Solidity: function mode() view returns(uint8)
func (testHostileToken *TestHostileToken) UnpackMode(data []byte) (uint8, error) {
	out, err := testHostileToken.abi.Unpack("mode", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (testHostileToken *TestHostileToken) PackName() []byte {
	enc, err := testHostileToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (testHostileToken *TestHostileToken) TryPackName() ([]byte, error) {
	return testHostileToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (testHostileToken *TestHostileToken) UnpackName(data []byte) (string, error) {
	out, err := testHostileToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackReenterData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe150ef49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reenterData() view returns(bytes)
func (testHostileToken *TestHostileToken) PackReenterData() []byte {
	enc, err := testHostileToken.abi.Pack("reenterData")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReenterData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe150ef49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reenterData() view returns(bytes)
func (testHostileToken *TestHostileToken) TryPackReenterData() ([]byte, error) {
	return testHostileToken.abi.Pack("reenterData")
}

// UnpackReenterData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe150ef49.
//
// Solidity: function reenterData() view returns(bytes)
func (testHostileToken *TestHostileToken) UnpackReenterData(data []byte) ([]byte, error) {
	out, err := testHostileToken.abi.Unpack("reenterData", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackReenterTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc6e8454.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reenterTarget() view returns(address)
func (testHostileToken *TestHostileToken) PackReenterTarget() []byte {
	enc, err := testHostileToken.abi.Pack("reenterTarget")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReenterTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc6e8454.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reenterTarget() view returns(address)
func (testHostileToken *TestHostileToken) TryPackReenterTarget() ([]byte, error) {
	return testHostileToken.abi.Pack("reenterTarget")
}

// UnpackReenterTarget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc6e8454.
//
// Solidity: function reenterTarget() view returns(address)
func (testHostileToken *TestHostileToken) UnpackReenterTarget(data []byte) (common.Address, error) {
	out, err := testHostileToken.abi.Unpack("reenterTarget", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReentered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f09775e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentered() view returns(bool)
func (testHostileToken *TestHostileToken) PackReentered() []byte {
	enc, err := testHostileToken.abi.Pack("reentered")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f09775e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentered() view returns(bool)
func (testHostileToken *TestHostileToken) TryPackReentered() ([]byte, error) {
	return testHostileToken.abi.Pack("reentered")
}

// UnpackReentered is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3f09775e.
//
// Solidity: function reentered() view returns(bool)
func (testHostileToken *TestHostileToken) UnpackReentered(data []byte) (bool, error) {
	out, err := testHostileToken.abi.Unpack("reentered", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackReentryResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbe5c304.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentryResult() view returns(bytes)
func (testHostileToken *TestHostileToken) PackReentryResult() []byte {
	enc, err := testHostileToken.abi.Pack("reentryResult")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentryResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbe5c304.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentryResult() view returns(bytes)
func (testHostileToken *TestHostileToken) TryPackReentryResult() ([]byte, error) {
	return testHostileToken.abi.Pack("reentryResult")
}

// UnpackReentryResult is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdbe5c304.
//
// Solidity: function reentryResult() view returns(bytes)
func (testHostileToken *TestHostileToken) UnpackReentryResult(data []byte) ([]byte, error) {
	out, err := testHostileToken.abi.Unpack("reentryResult", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21175b4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMode(uint8 m) returns()
func (testHostileToken *TestHostileToken) PackSetMode(m uint8) []byte {
	enc, err := testHostileToken.abi.Pack("setMode", m)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21175b4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMode(uint8 m) returns()
func (testHostileToken *TestHostileToken) TryPackSetMode(m uint8) ([]byte, error) {
	return testHostileToken.abi.Pack("setMode", m)
}

// PackSetReenter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02bcc1dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReenter(address target, bytes data) returns()
func (testHostileToken *TestHostileToken) PackSetReenter(target common.Address, data []byte) []byte {
	enc, err := testHostileToken.abi.Pack("setReenter", target, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReenter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02bcc1dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReenter(address target, bytes data) returns()
func (testHostileToken *TestHostileToken) TryPackSetReenter(target common.Address, data []byte) ([]byte, error) {
	return testHostileToken.abi.Pack("setReenter", target, data)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (testHostileToken *TestHostileToken) PackSymbol() []byte {
	enc, err := testHostileToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (testHostileToken *TestHostileToken) TryPackSymbol() ([]byte, error) {
	return testHostileToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (testHostileToken *TestHostileToken) UnpackSymbol(data []byte) (string, error) {
	out, err := testHostileToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (testHostileToken *TestHostileToken) PackTotalSupply() []byte {
	enc, err := testHostileToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (testHostileToken *TestHostileToken) TryPackTotalSupply() ([]byte, error) {
	return testHostileToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (testHostileToken *TestHostileToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := testHostileToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (testHostileToken *TestHostileToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := testHostileToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (testHostileToken *TestHostileToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return testHostileToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (testHostileToken *TestHostileToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := testHostileToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (testHostileToken *TestHostileToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := testHostileToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (testHostileToken *TestHostileToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return testHostileToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (testHostileToken *TestHostileToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := testHostileToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// TestHostileTokenApproval represents a Approval event raised by the TestHostileToken contract.
type TestHostileTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TestHostileTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (TestHostileTokenApproval) ContractEventName() string {
	return TestHostileTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (testHostileToken *TestHostileToken) UnpackApprovalEvent(log *types.Log) (*TestHostileTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testHostileToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestHostileTokenApproval)
	if len(log.Data) > 0 {
		if err := testHostileToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testHostileToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TestHostileTokenTransfer represents a Transfer event raised by the TestHostileToken contract.
type TestHostileTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const TestHostileTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (TestHostileTokenTransfer) ContractEventName() string {
	return TestHostileTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (testHostileToken *TestHostileToken) UnpackTransferEvent(log *types.Log) (*TestHostileTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testHostileToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestHostileTokenTransfer)
	if len(log.Data) > 0 {
		if err := testHostileToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testHostileToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (testHostileToken *TestHostileToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], testHostileToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return testHostileToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], testHostileToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return testHostileToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], testHostileToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return testHostileToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], testHostileToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return testHostileToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], testHostileToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return testHostileToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], testHostileToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return testHostileToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TestHostileTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the TestHostileToken contract.
type TestHostileTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func TestHostileTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (testHostileToken *TestHostileToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*TestHostileTokenERC20InsufficientAllowance, error) {
	out := new(TestHostileTokenERC20InsufficientAllowance)
	if err := testHostileToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestHostileTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the TestHostileToken contract.
type TestHostileTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func TestHostileTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (testHostileToken *TestHostileToken) UnpackERC20InsufficientBalanceError(raw []byte) (*TestHostileTokenERC20InsufficientBalance, error) {
	out := new(TestHostileTokenERC20InsufficientBalance)
	if err := testHostileToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestHostileTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the TestHostileToken contract.
type TestHostileTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func TestHostileTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (testHostileToken *TestHostileToken) UnpackERC20InvalidApproverError(raw []byte) (*TestHostileTokenERC20InvalidApprover, error) {
	out := new(TestHostileTokenERC20InvalidApprover)
	if err := testHostileToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestHostileTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the TestHostileToken contract.
type TestHostileTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func TestHostileTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (testHostileToken *TestHostileToken) UnpackERC20InvalidReceiverError(raw []byte) (*TestHostileTokenERC20InvalidReceiver, error) {
	out := new(TestHostileTokenERC20InvalidReceiver)
	if err := testHostileToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestHostileTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the TestHostileToken contract.
type TestHostileTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func TestHostileTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (testHostileToken *TestHostileToken) UnpackERC20InvalidSenderError(raw []byte) (*TestHostileTokenERC20InvalidSender, error) {
	out := new(TestHostileTokenERC20InvalidSender)
	if err := testHostileToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestHostileTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the TestHostileToken contract.
type TestHostileTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func TestHostileTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (testHostileToken *TestHostileToken) UnpackERC20InvalidSpenderError(raw []byte) (*TestHostileTokenERC20InvalidSpender, error) {
	out := new(TestHostileTokenERC20InvalidSpender)
	if err := testHostileToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}
